package org.kstp.demand;

import java.time.Instant;

/**
 * One place a demand went to, as shown on its page: a call it feeds today; a proposal or a project
 * once those modules contribute steps.
 *
 * @param kindKey message key naming the kind of step, e.g. {@code demand.trail.call}
 * @param title what it went to, e.g. the call's title
 * @param detail a short line under the title (programme, status); may be null
 * @param href where the viewer can open it; null when the viewer may not
 * @param at when the demand went there (e.g. when it was linked); may be null
 */
public record TrailStep(String kindKey, String title, String detail, String href, Instant at) {
}
