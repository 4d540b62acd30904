package org.kstp.proposal.web;

import jakarta.validation.constraints.Size;
import org.kstp.proposal.domain.TeamMember;

/** One team row; a user name links the member to their account so they can see the proposal. */
public class TeamMemberForm {

    @Size(max = 100)
    private String name;
    @Size(max = 100)
    private String title;
    @Size(max = 200)
    private String organisationName;
    @Size(max = 200)
    private String duty;
    @Size(max = 64)
    private String username;

    static TeamMemberForm of(TeamMember m, String username) {
        TeamMemberForm form = new TeamMemberForm();
        form.name = m.name();
        form.title = m.title();
        form.organisationName = m.organisationName();
        form.duty = m.duty();
        form.username = username;
        return form;
    }

    boolean isBlank() {
        return name == null || name.isBlank();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public String getDuty() { return duty; }
    public void setDuty(String duty) { this.duty = duty; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
}
