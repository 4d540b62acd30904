package org.kstp.proposal.query;

import java.util.UUID;

/**
 * The filters of the proposal list, bound from its query string: status, call, county, year of
 * submission, and "awaiting", the work queue of one action (the workbench links to these queues).
 * Values that do not parse are ignored rather than refused: a filter never makes a page fail.
 */
public class ProposalFilter {

    private String status;
    private String call;
    private String county;
    private String year;
    private String awaiting;

    public void setStatus(String status) {
        this.status = status;
    }

    public void setCall(String call) {
        this.call = call;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public void setAwaiting(String awaiting) {
        this.awaiting = awaiting;
    }

    public String status() {
        return blank(status) ? null : status;
    }

    public UUID call() {
        try {
            return blank(call) ? null : UUID.fromString(call.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    public String county() {
        return blank(county) ? null : county.strip();
    }

    public Integer year() {
        return blank(year) || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip());
    }

    /** The queue asked for, or null when none (or an unknown one) was asked for. */
    public WorkQueue awaiting() {
        try {
            return blank(awaiting) ? null : WorkQueue.valueOf(awaiting.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
