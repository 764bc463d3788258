// SPDX-License-Identifier: GPL-3.0-or-later
/** The public reader site and comments (a later issue). Nothing here yet. */
package org.factdesk.publishing;
