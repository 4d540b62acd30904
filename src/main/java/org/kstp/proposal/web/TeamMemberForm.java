package org.kstp.proposal.web;

import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.kstp.directory.PersonIdType;
import org.kstp.directory.PersonSummary;
import org.kstp.proposal.domain.TeamMember;

/**
 * One team row. A user name links the member to their account so they can see the proposal; an ID
 * number or a phone number files them as a person record, offered again on the next proposal. The ID
 * number is never sent back to the page: the row shows its last four characters instead.
 */
public class TeamMemberForm {

    private UUID personId;
    @Size(max = 100)
    private String name;
    private PersonIdType idType = PersonIdType.CITIZEN_ID;
    @Size(max = 30)
    private String idNumber;
    /** "****123X" of the stored ID, for display only. */
    private String maskedId;
    @Size(max = 30)
    private String phone;
    @Size(max = 100)
    private String title;
    @Size(max = 200)
    private String organisationName;
    @Size(max = 12)
    private String disciplineCode;
    @Size(max = 200)
    private String duty;
    @Size(max = 64)
    private String username;

    static TeamMemberForm of(TeamMember m, PersonSummary person, String username) {
        TeamMemberForm form = new TeamMemberForm();
        form.personId = m.personId();
        form.name = m.name();
        form.title = m.title();
        form.organisationName = m.organisationName();
        form.disciplineCode = m.disciplineCode();
        form.duty = m.duty();
        form.username = username;
        if (person != null) {
            form.idType = person.idType() == null ? PersonIdType.CITIZEN_ID : person.idType();
            form.maskedId = person.maskedId();
            form.phone = person.phone();
        }
        return form;
    }

    boolean isBlank() {
        return name == null || name.isBlank();
    }

    public UUID getPersonId() { return personId; }
    public void setPersonId(UUID personId) { this.personId = personId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public PersonIdType getIdType() { return idType; }
    public void setIdType(PersonIdType idType) { this.idType = idType; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String idNumber) { this.idNumber = idNumber; }
    public String getMaskedId() { return maskedId; }
    public void setMaskedId(String maskedId) { this.maskedId = maskedId; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getDisciplineCode() { return disciplineCode; }
    public void setDisciplineCode(String disciplineCode) { this.disciplineCode = disciplineCode; }
    public String getDuty() { return duty; }
    public void setDuty(String duty) { this.duty = duty; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
}
