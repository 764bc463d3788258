// SPDX-License-Identifier: GPL-3.0-or-later
/** The HTTP edge: Javalin routes for pages and the JSON API, CSRF, templates, and the one place exceptions become responses. */
package org.factdesk.web;
