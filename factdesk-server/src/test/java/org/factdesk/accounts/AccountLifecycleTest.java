// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.factdesk.audit.AuditLog;
import org.factdesk.errors.BadInputException;
import org.factdesk.errors.NotFoundException;
import org.factdesk.errors.NotSignedInException;
import org.factdesk.errors.PermissionDeniedException;
import org.factdesk.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Accounts after creation: passwords, reset links, deactivation, token expiry, first-run setup. */
class AccountLifecycleTest {
  private static final String PASSWORD = "correct horse battery";
  private final Database db = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", "", Optional.empty());
  private final LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();
  private final Accounts accounts = new Accounts(db.jdbi(), new AuditLog(db.jdbi(), clock), clock, new SecureRandom(),
      5, 20, Duration.ofMinutes(5), Duration.ofDays(30));

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void the_first_admin_needs_the_setup_code_from_the_console() {
    String code = accounts.setupCode().orElseThrow();
    assertThatThrownBy(() -> accounts.createFirstAdmin("ada@news.test", "Ada", PASSWORD, "guess"))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> accounts.createFirstAdmin("ada@news.test", "Ada", PASSWORD, null))
        .isInstanceOf(PermissionDeniedException.class);
    accounts.createFirstAdmin("ada@news.test", "Ada", PASSWORD, code);
    assertThat(accounts.setupCode()).isEmpty();
  }

  @Test
  void deactivating_an_account_ends_its_sessions_and_tokens_at_once() {
    User admin = accounts.add(Optional.empty(), "ada@news.test", null, Role.ADMIN, PASSWORD);
    User rita = accounts.add(Optional.empty(), "rita@news.test", null, Role.REPORTER, PASSWORD);
    Session session = accounts.signIn("rita@news.test", PASSWORD, "198.51.100.7");
    String token = accounts.issueToken(rita, "script").secret();
    assertThat(accounts.session(session.token())).isPresent();
    assertThat(accounts.userForToken(token)).isPresent();
    assertThatThrownBy(() -> accounts.deactivate(rita, admin.id())).isInstanceOf(PermissionDeniedException.class);
    accounts.deactivate(admin, rita.id());
    assertThat(accounts.session(session.token())).isEmpty();
    assertThat(accounts.userForToken(token)).isEmpty();
    assertThatThrownBy(() -> accounts.signIn("rita@news.test", PASSWORD, "198.51.100.7")).isInstanceOf(NotSignedInException.class);
  }

  @Test
  void tokens_expire_and_an_admin_can_revoke_anyones() {
    User admin = accounts.add(Optional.empty(), "ada@news.test", null, Role.ADMIN, PASSWORD);
    User rita = accounts.add(Optional.empty(), "rita@news.test", null, Role.REPORTER, PASSWORD);
    String first = accounts.issueToken(rita, "one").secret();
    IssuedToken second = accounts.issueToken(rita, "two");
    assertThatThrownBy(() -> accounts.revokeToken(accounts.add(Optional.empty(), "carl@news.test", null, Role.CHECKER, PASSWORD),
        second.token().id())).isInstanceOf(NotFoundException.class);
    accounts.revokeToken(admin, second.token().id());
    assertThat(accounts.userForToken(second.secret())).isEmpty();
    assertThat(accounts.tokensOf(admin, rita.id())).hasSize(2);
    clock.now = clock.now.plus(Duration.ofDays(30)).plusSeconds(1);
    assertThat(accounts.userForToken(first)).isEmpty();
  }

  @Test
  void a_reset_link_works_once_and_ends_the_old_sessions() {
    User admin = accounts.add(Optional.empty(), "ada@news.test", null, Role.ADMIN, PASSWORD);
    User rita = accounts.add(Optional.empty(), "rita@news.test", null, Role.REPORTER, PASSWORD);
    Session old = accounts.signIn("rita@news.test", PASSWORD, "198.51.100.7");
    assertThatThrownBy(() -> accounts.createResetLink(rita, admin.id())).isInstanceOf(PermissionDeniedException.class);
    String link = accounts.createResetLink(admin, rita.id());
    accounts.resetPassword(link, "a brand new password");
    assertThat(accounts.session(old.token())).isEmpty();
    assertThatThrownBy(() -> accounts.resetPassword(link, "yet another password")).isInstanceOf(NotFoundException.class);
    assertThat(accounts.signIn("rita@news.test", "a brand new password", "198.51.100.7").user().id()).isEqualTo(rita.id());
  }

  @Test
  void changing_your_password_needs_the_current_one_and_ends_your_other_sessions() {
    User rita = accounts.add(Optional.empty(), "rita@news.test", null, Role.REPORTER, PASSWORD);
    Session here = accounts.signIn("rita@news.test", PASSWORD, "198.51.100.7");
    Session elsewhere = accounts.signIn("rita@news.test", PASSWORD, "203.0.113.4");
    assertThatThrownBy(() -> accounts.changePassword(rita, "wrong", "a brand new password", here.token()))
        .isInstanceOf(BadInputException.class);
    accounts.changePassword(rita, PASSWORD, "a brand new password", here.token());
    assertThat(accounts.session(here.token())).isPresent();
    assertThat(accounts.session(elsewhere.token())).isEmpty();
  }
}
