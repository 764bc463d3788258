// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class DeskConfigTest {
  @Test
  void an_unknown_setting_is_refused_by_name() {
    assertThatThrownBy(() -> DeskConfig.fromSettings(Map.of("prot", "8080")))
        .hasMessageContaining("Unknown settings: prot").hasMessageContaining("port");
  }

  @Test
  void without_a_database_url_the_desk_uses_an_h2_file_under_the_data_folder() {
    DeskConfig c = DeskConfig.fromSettings(Map.of("data", "/tmp/newsroom"));
    assertThat(c.port()).isEqualTo(8080);
    // WRITE_DELAY=0: each commit is in the file before the desk acknowledges it.
    assertThat(c.jdbcUrl()).isEqualTo("jdbc:h2:file:/tmp/newsroom/factdesk;WRITE_DELAY=0");
    assertThat(c.bind()).isEqualTo("127.0.0.1");
  }

  @Test
  void durability_limits_and_lifetimes_have_safe_defaults() {
    DeskConfig c = DeskConfig.fromSettings(Map.of());
    assertThat(c.requestMaxBytes()).isEqualTo(6L * 1024 * 1024);
    assertThat(c.fetch().allowedHosts()).isEmpty();
    assertThat(c.trustedProxies()).isEmpty();
    assertThat(c.tokenLifetime()).hasDays(90);
    assertThat(DeskConfig.fromSettings(Map.of("fetch.allow-hosts", "Wiki.Intranet, cms")).fetch().allowedHosts())
        .containsExactlyInAnyOrder("wiki.intranet", "cms");
  }

  @Test
  void a_bad_number_is_refused_in_words() {
    assertThatThrownBy(() -> DeskConfig.fromSettings(Map.of("port", "eighty")))
        .hasMessage("port must be a whole number, not \"eighty\".");
  }

  @Test
  void the_fact_check_archive_is_off_unless_a_folder_is_given_and_keyword_only_is_a_yes_or_no() {
    assertThat(DeskConfig.fromSettings(Map.of()).archiveDir()).isEmpty();
    DeskConfig c = DeskConfig.fromSettings(Map.of("archive.dir", "/tmp/checks", "archive.keyword-only", "yes"));
    assertThat(c.archiveDir()).contains(java.nio.file.Path.of("/tmp/checks"));
    assertThat(c.archiveKeywordOnly()).isTrue();
    assertThatThrownBy(() -> DeskConfig.fromSettings(Map.of("archive.keyword-only", "sometimes")))
        .hasMessage("archive.keyword-only must be true or false, not \"sometimes\".");
  }

  @Test
  void mail_settings_are_typed_and_no_password_shows_in_the_settings_text() {
    DeskConfig off = DeskConfig.fromSettings(Map.of());
    assertThat(off.mail().enabled()).isFalse();
    DeskConfig on = DeskConfig.fromSettings(Map.of("mail.host", "smtp.news.test", "mail.from", "desk@news.test",
        "mail.user", "desk", "mail.password", "hunter2-mail", "database.password", "hunter2-db",
        "database.url", "jdbc:postgresql://db/factdesk?password=hunter2-url"));
    assertThat(on.mail().enabled()).isTrue();
    assertThat(on.mail().port()).isEqualTo(587);
    assertThat(on.mail().tls()).isEqualTo(org.factdesk.mail.MailSettings.Tls.STARTTLS);
    assertThat(on.toString()).contains("smtp.news.test").doesNotContain("hunter2");
    assertThatThrownBy(() -> DeskConfig.fromSettings(Map.of("mail.tls", "maybe")))
        .hasMessage("mail.tls must be starttls, implicit or off, not \"maybe\".");
    assertThatThrownBy(() -> DeskConfig.fromSettings(Map.of("mail.host", "smtp.news.test")))
        .hasMessageContaining("mail.from");
    assertThatThrownBy(() -> DeskConfig.fromSettings(Map.of("mail.hots", "smtp.news.test")))
        .hasMessageContaining("Unknown settings: mail.hots");
  }
}
