/**
 * The {@code factdesk} command line: {@code check}, {@code kb}, {@code bench}, {@code eval},
 * {@code train}, {@code archive}, {@code serve}, {@code user}. {@link org.factdesk.cli.Commands}
 * is the composition root; every failure becomes an exit code and one clear line in
 * {@link org.factdesk.cli.ErrorExits}.
 */
package org.factdesk.cli;
