/**
 * Command-line benchmarks of affinity and assignment ({@code ./bench assign}, {@code ./bench affinity}):
 * not web-facing, run from the built jar with the PropertiesLauncher, reading data from files only.
 */
package org.kstp.review.assignment.bench;
