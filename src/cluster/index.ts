/** Online story clustering: key-term TF-IDF centroids, shared names and dates; candidates from an inverted index. */
export { createClusterer, storyIdOf, type Clusterer, type ClusterInput } from './clusterer.js';
export { CLUSTER_DEFAULTS, type ClusterOptions } from './options.js';
