package org.kstp.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kstp.KstpIntegrationTest;
import org.kstp.common.Actor;
import org.kstp.common.Role;
import org.kstp.identity.domain.AccountAdministration;
import org.kstp.identity.domain.Activations;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With a mail server configured, the activation code goes to the new account's address over SMTP, and only
 * there: the administrator who opened the account never sees it.
 */
@KstpIntegrationTest
class ActivationMailIntegrationTest {

    @Autowired
    AccountAdministration administration;
    @Autowired
    Activations activations;
    @Autowired
    IdentityApi identity;

    /** The shared context's SMTP server (support/TestMail). */
    @Autowired
    GreenMail mail;

    private Actor systemAdmin() {
        AccountSummary admin = identity.accountByUsername("sys.admin").orElseThrow();
        return new Actor(admin.id(), admin.username(), admin.displayName(), admin.roles(), null, null);
    }

    @Test
    void theCodeIsMailedToTheHolderAndWorksFromTheMail() throws Exception {
        AccountAdministration.Handover handover = administration.open(new AccountAdministration.Opening("mailed.holder",
                "Mailed Holder", Set.of(Role.EXPERT), null, null, "mailed.holder@kstp.example"), systemAdmin());

        assertThat(handover.mailed()).isTrue();
        MimeMessage sent = Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("mailed.holder@kstp.example");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        String body = (String) sent.getContent();
        assertThat(body).contains("/activate").contains("mailed.holder");
        String mailedCode = body.lines().map(String::trim).filter(l -> l.matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){5}"))
                .findFirst().orElseThrow();
        assertThat(handover.code()).as("not shown to the administrator who opened the account").isNull();

        activations.redeem(mailedCode, "From-the-mail-9");
        assertThat(administration.list()).filteredOn(r -> r.username().equals("mailed.holder"))
                .singleElement().matches(r -> !r.awaitingActivation());
    }

    @Test
    void anAccountWithoutAnAddressGetsNoMailAndTheAdministratorHandsTheCodeOver() {
        AccountAdministration.Handover handover = administration.open(new AccountAdministration.Opening("unmailed.holder",
                "Unmailed Holder", Set.of(Role.EXPERT), null, null, null), systemAdmin());
        assertThat(handover.mailed()).isFalse();
        assertThat(handover.code()).matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){5}");
    }
}
