package org.kstp.project.query;

/** The filters of the project list, bound from its query string; values that do not parse are ignored. */
public class ProjectFilter {

    private String status;
    private String county;
    private String year;

    public void setStatus(String status) {
        this.status = status;
    }

    public void setCounty(String county) {
        this.county = county;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String status() {
        return status == null || status.isBlank() ? null : status.strip();
    }

    public String county() {
        return county == null || county.isBlank() ? null : county.strip();
    }

    public Integer year() {
        return year == null || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip());
    }
}
