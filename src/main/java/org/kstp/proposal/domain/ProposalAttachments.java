package org.kstp.proposal.domain;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.kstp.attachment.AttachmentApi;
import org.kstp.attachment.FileType;
import org.kstp.attachment.StoredFile;
import org.kstp.attachment.UploadLimits;
import org.kstp.audit.AuditApi;
import org.kstp.common.Actor;
import org.kstp.common.NotFound;
import org.kstp.common.RuleViolation;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments of proposals. Whoever may read the proposal may read its files; only who may edit it
 * may add or remove them. Kept beside the Proposal aggregate rather than in it: files change on
 * their own and must not bump the proposal's version under a colleague editing the text.
 */
@Service
public class ProposalAttachments {

    public static final int MAX_DESCRIPTION = 200;

    private final ProposalService proposals;
    private final AttachmentApi files;
    private final AuditApi audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ProposalAttachments(ProposalService proposals, AttachmentApi files, AuditApi audit, JdbcClient jdbc, Clock clock) {
        this.proposals = proposals;
        this.files = files;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A file to attach, as received from the browser. */
    public record Upload(InputStream content, String filename, String declaredContentType, String description) {
    }

    /** A file to send back: what it is, and its bytes. */
    public record Download(ProposalAttachment attachment, Resource content) {
    }

    public List<ProposalAttachment> list(UUID proposalId, Actor actor) {
        proposals.visible(proposalId, actor);
        return jdbc.sql("select * from proposal_attachment where proposal_id = ? order by uploaded_at, id")
                .param(proposalId).query(ProposalAttachments::row).list();
    }

    /** The limits that apply to this proposal's uploads; per call once calls carry them. */
    public UploadLimits limits(UUID proposalId) {
        return files.defaultLimits();
    }

    @Transactional
    public ProposalAttachment upload(UUID proposalId, Upload upload, Actor actor) {
        String description = description(upload.description());
        requireEditable(proposalId, actor);
        StoredFile stored = files.store(upload.content(), upload.filename(), upload.declaredContentType(),
                limits(proposalId), actor);
        lockAndRecheck(proposalId, actor);
        ProposalAttachment attachment = new ProposalAttachment(UUID.randomUUID(), proposalId, stored.sha256(),
                stored.filename(), stored.detectedType(), stored.size(), description, actor.displayName(),
                clock.instant());
        insert(attachment, actor);
        audit.record(actor, "proposal", proposalId, "ATTACH", stored.filename() + " sha256:" + stored.sha256());
        return attachment;
    }

    @Transactional
    public void delete(UUID proposalId, UUID attachmentId, Actor actor) {
        lockAndRecheck(proposalId, actor);
        ProposalAttachment attachment = find(proposalId, attachmentId);
        jdbc.sql("delete from proposal_attachment where id = ?").param(attachmentId).update();
        audit.record(actor, "proposal", proposalId, "DETACH",
                attachment.filename() + " sha256:" + attachment.sha256());
    }

    public Download download(UUID proposalId, UUID attachmentId, Actor actor) {
        proposals.visible(proposalId, actor);
        ProposalAttachment attachment = find(proposalId, attachmentId);
        return new Download(attachment, files.open(attachment.sha256()));
    }

    /** Checked before receiving the file so that a refused user does not wait for the upload to be stored. */
    private void requireEditable(UUID proposalId, Actor actor) {
        if (!ProposalPermissions.canEdit(actor, proposals.visible(proposalId, actor))) {
            throw new RuleViolation("attachment.refused.notEditable");
        }
    }

    /**
     * Locks the proposal row, then checks again: a submission committing meanwhile waits for us or
     * we see it, so no file slips into a proposal after it was submitted.
     */
    private void lockAndRecheck(UUID proposalId, Actor actor) {
        jdbc.sql("select id from proposal where id = ? for update").param(proposalId).query().listOfRows();
        requireEditable(proposalId, actor);
    }

    private ProposalAttachment find(UUID proposalId, UUID attachmentId) {
        return jdbc.sql("select * from proposal_attachment where id = ? and proposal_id = ?")
                .params(attachmentId, proposalId).query(ProposalAttachments::row).optional()
                .orElseThrow(() -> new NotFound("attachment", attachmentId));
    }

    private void insert(ProposalAttachment a, Actor actor) {
        jdbc.sql("""
                insert into proposal_attachment (id, proposal_id, sha256, filename, detected_type, size_bytes,
                                                 description, uploaded_by, uploaded_by_name, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.proposalId(), a.sha256(), a.filename(), a.detectedType().name(), a.size(),
                        a.description(), actor.accountId(), a.uploadedByName(), Timestamp.from(a.uploadedAt()))
                .update();
    }

    private static String description(String raw) {
        String text = raw == null ? null : raw.strip();
        if (text != null && text.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("attachment.refused.descriptionTooLong", MAX_DESCRIPTION);
        }
        return text == null || text.isEmpty() ? null : text;
    }

    private static ProposalAttachment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ProposalAttachment(rs.getObject("id", UUID.class), rs.getObject("proposal_id", UUID.class),
                rs.getString("sha256"), rs.getString("filename"), FileType.valueOf(rs.getString("detected_type")),
                rs.getLong("size_bytes"), rs.getString("description"), rs.getString("uploaded_by_name"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
