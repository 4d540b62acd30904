package org.kstp.integrity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kstp.integrity.domain.SubjectType;
import org.kstp.integrity.domain.Tier;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What staff type to record a finding. The citizen ID is hashed on save and never stored; a person is
 * identified by user name and/or citizen ID, an organisation by its code.
 */
public class RecordForm {

    static final int MEASURE_ROWS = 4;

    private boolean organisation;
    @NotNull
    private SubjectType subjectType;
    @NotBlank @Size(max = 200)
    private String name;
    @Size(max = 40)
    private String uscc;
    @Size(max = 100)
    private String username;
    @Size(max = 30)
    private String citizenId;
    @NotBlank @Size(max = 4000)
    private String finding;
    @NotBlank @Size(max = 200)
    private String issuer;
    @NotBlank @Size(max = 100)
    private String documentNumber;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;
    @NotNull
    private Tier tier;
    @Size(max = 2000)
    private String note;
    @Valid
    private List<MeasureRow> measures = new ArrayList<>();

    static RecordForm blank() {
        RecordForm form = new RecordForm();
        form.pad();
        return form;
    }

    /** Tops the measure rows up to the number the page shows. */
    void pad() {
        while (measures.size() < MEASURE_ROWS) {
            measures.add(new MeasureRow());
        }
    }

    public boolean isOrganisation() { return organisation; }
    public void setOrganisation(boolean organisation) { this.organisation = organisation; }
    public SubjectType getSubjectType() { return subjectType; }
    public void setSubjectType(SubjectType subjectType) { this.subjectType = subjectType; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUscc() { return uscc; }
    public void setUscc(String uscc) { this.uscc = uscc; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getCitizenId() { return citizenId; }
    public void setCitizenId(String citizenId) { this.citizenId = citizenId; }
    public String getFinding() { return finding; }
    public void setFinding(String finding) { this.finding = finding; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public void setDecisionDate(LocalDate decisionDate) { this.decisionDate = decisionDate; }
    public Tier getTier() { return tier; }
    public void setTier(Tier tier) { this.tier = tier; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<MeasureRow> getMeasures() { return measures; }
    public void setMeasures(List<MeasureRow> measures) { this.measures = measures; }
}
