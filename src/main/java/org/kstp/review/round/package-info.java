/**
 * Review rounds: a call's formally checked proposals drawn to experts in one background run, with
 * the seed committed (SHA-256) before the draw and revealed after it, so anyone can re-run the draw
 * from the saved input; then invitations, declines, replacements from the same distribution, and
 * reminders. Internal to the review module; the engines are in {@code affinity} and {@code assignment}.
 */
package org.kstp.review.round;
