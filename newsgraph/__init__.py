"""newsgraph: news articles in, a knowledge graph of people, states and events out."""
