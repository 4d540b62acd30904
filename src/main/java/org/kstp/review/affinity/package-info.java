/**
 * Affinity between proposals and experts: Lucene BM25 text match (smartcn for Chinese, English
 * analyzer for English), GB/T 13745 discipline match by level and plan-industry match, combined
 * with configurable weights into one explainable score per pair. Internal to the review module.
 */
package org.kstp.review.affinity;
