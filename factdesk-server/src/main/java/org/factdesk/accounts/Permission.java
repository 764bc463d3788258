// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.accounts;

/** One thing a role may do. {@link Role} is the single table of who may do what. */
public enum Permission {
  VIEW_DESK("see the desk"),
  CREATE_ARTICLE("add articles"),
  EDIT_OWN_ARTICLE("edit your own articles"),
  EDIT_ANY_ARTICLE("edit other people's articles"),
  SUBMIT_FOR_REVIEW("send articles for review"),
  RECORD_VERDICT("record claim verdicts"),
  RESOLVE_FINDING("mark findings fixed or dismissed"),
  MARK_CHECKED("mark articles checked"),
  PUBLISH("publish articles"),
  CORRECT("append corrections to published articles"),
  MANAGE_USERS("manage accounts and roles"),
  MODERATE_COMMENTS("moderate readers' comments"),
  EDIT_KNOWLEDGE("add, end and correct the newsroom's own knowledge-base facts");

  private final String description;

  Permission(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
