// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.util.List;
import org.factdesk.kb.Office;

/** The US federal offices that the congress-legislators files fill, under their Wikidata ids. */
final class UsOffices {
  static final Office PRESIDENT = new Office("Q11696", "President of the United States", "US", List.of("President"));
  static final Office VICE_PRESIDENT = new Office("Q11699", "Vice President of the United States", "US",
      List.of("Vice President", "Vice-President", "VP"));
  static final Office SENATOR = new Office("Q4416090", "United States senator", "US",
      List.of("Senator", "Sen.", "Senators"));
  static final Office REPRESENTATIVE = new Office("Q13218630", "member of the United States House of Representatives",
      "US", List.of("Representative", "Rep.", "Congressman", "Congresswoman"));

  private UsOffices() {}
}
