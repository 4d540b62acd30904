/**
 * Lobbying reports (MOST rule No. 360 of 2020 on lobbying in reviews): assigned experts record who approached them about
 * a proposal; bureau staff read the reports and may flag the proposal, visible to staff only.
 */
package org.kstp.review.lobbying;
