package org.kstp.integrity.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.kstp.integrity.MeasureKind;
import org.kstp.integrity.domain.Measure;
import org.springframework.format.annotation.DateTimeFormat;

/** One measure row of the record form; rows without a kind are ignored. */
public class MeasureRow {

    private MeasureKind kind;
    @Size(max = 200)
    private String scope;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate start;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate end;

    boolean isBlank() {
        return kind == null;
    }

    Measure toMeasure() {
        return new Measure(kind, scope == null || scope.isBlank() ? null : scope.trim(), start, end);
    }

    public MeasureKind getKind() { return kind; }
    public void setKind(MeasureKind kind) { this.kind = kind; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
}
