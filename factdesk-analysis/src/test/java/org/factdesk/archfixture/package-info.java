/** Deliberate violations that prove the architecture rules can fail (see ArchitectureRulesFailTest). */
package org.factdesk.archfixture;
