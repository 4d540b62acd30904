/** Pages of review rounds: staff manage rounds and replacements; experts answer invitations. */
package org.kstp.review.round.web;
