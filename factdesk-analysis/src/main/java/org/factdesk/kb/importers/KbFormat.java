// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;

/** The source formats a user can import with {@code factdesk kb import FORMAT FILE}. */
public enum KbFormat {
  CONGRESS_YAML("congress-yaml", "unitedstates/congress-legislators legislators-*.yaml (or .json)"),
  EXECUTIVE_YAML("executive-yaml", "unitedstates/congress-legislators executive.yaml (or .json)"),
  CONGRESS_CSV("congress-csv", "unitedstates/congress-legislators legislators-*.csv (persons only)"),
  EVERYPOLITICIAN_CSV("everypolitician-csv", "every-politician-scrapers html_holders21.csv (+ html_positions.csv beside it)"),
  FOREIGN_MINISTERS_CSV("foreign-ministers-csv", "every-politician-scrapers world/sources_foreign_wikidata.csv"),
  WORLD_LEADERS_CSV("world-leaders-csv", "every-politician-scrapers world-leaders-2021 data_wikidata.csv"),
  WIKIDATA_JSON("wikidata-json", "Wikidata entity JSON, wbgetentities response or dump array (.json or .json.gz)"),
  SPARQL_JSON("sparql-json", "SPARQL JSON results with person, personLabel, position, positionLabel, start, end"),
  REIGN_ELECTIONS("reign-elections", "REIGN electionlist_*.csv"),
  REIGN_LEADERS("reign-leaders", "REIGN leaderlist_*.csv (effective leaders, surnames only)"),
  ARCHIGOS("archigos", "Archigos arch_annual.txt (effective leaders)"),
  EU_MEMBERSHIP("eu-membership", "eumemberdata membership.csv"),
  WIKIDATA_DUMP("wikidata-dump", "the complete Wikidata JSON dump (latest-all.json.gz), streamed"),
  IFG_MINISTERS("ifg-ministers", "IfG Ministers Database folder (appointment.csv, person.csv, post.csv)"),
  BIOGUIDE_JSON("bioguide-json", "Congressional Bioguide profile JSON: a folder of <BioguideID>.json or one file"),
  PARLGOV("parlgov", "ParlGov cabinets folder (41__cabinets__Cabinet.csv, 02__datacore__Country.csv); persons from the bundled knowledge base"),
  ADDITIONS("additions", "a reviewed additions YAML file like Factdesk's own additions.yaml");

  private final String cliName;
  private final String description;

  KbFormat(String cliName, String description) {
    this.cliName = cliName;
    this.description = description;
  }

  public String cliName() {
    return cliName;
  }

  public String description() {
    return description;
  }

  public static Optional<KbFormat> byName(String name) {
    return Arrays.stream(values()).filter(f -> f.cliName.equalsIgnoreCase(name.strip())).findFirst();
  }

  public static String names() {
    return Arrays.stream(values()).map(KbFormat::cliName).collect(Collectors.joining(", "));
  }

  /**
   * Reads {@code file} as this format. {@code asOf} is when the file's data was current: end
   * dates after it are schedules and are dropped.
   *
   * @throws KbImportException when the file is not what the format expects
   */
  public KnowledgeBaseData read(Path file, LocalDate asOf) {
    FactSource source = new FactSource(String.valueOf(file.getFileName()), "imported " + cliName + " file "
        + file.toAbsolutePath(), Optional.of(asOf));
    return read(file, source);
  }

  /** {@link #read(Path, LocalDate)}, telling {@code progress} how far a streamed dump has got. */
  public KnowledgeBaseData read(Path file, LocalDate asOf, WikidataDumpImporter.Progress progress) {
    if (this != WIKIDATA_DUMP) {
      return read(file, asOf);
    }
    FactSource source = new FactSource(String.valueOf(file.getFileName()), "imported " + cliName + " file "
        + file.toAbsolutePath(), Optional.of(asOf));
    return WikidataDumpImporter.read(file, source, progress);
  }

  KnowledgeBaseData read(Path file, FactSource source) {
    if (!java.nio.file.Files.exists(file)) {
      throw new KbImportException(file + ": no such file");
    }
    return switch (this) {
      case CONGRESS_YAML, EXECUTIVE_YAML -> CongressLegislatorsImporter.read(file, source);
      case CONGRESS_CSV -> HistoricalLegislatorsImporter.read(file);
      case EVERYPOLITICIAN_CSV -> EveryPoliticianImporter.read(file, source);
      case FOREIGN_MINISTERS_CSV -> ForeignMinistersImporter.read(file, source);
      case WORLD_LEADERS_CSV -> WorldLeadersImporter.read(file, source);
      case WIKIDATA_JSON -> WikidataEntityImporter.read(file, source);
      case SPARQL_JSON -> SparqlResultsImporter.read(file, source);
      case REIGN_ELECTIONS -> ReignElectionsImporter.read(file, source);
      case REIGN_LEADERS -> EffectiveLeadersImporter.readReign(file, source);
      case ARCHIGOS -> EffectiveLeadersImporter.readArchigos(file, source);
      case EU_MEMBERSHIP -> EuMembershipImporter.read(file, source);
      case WIKIDATA_DUMP -> WikidataDumpImporter.read(file, source, (n, done, total) -> { });
      case IFG_MINISTERS -> IfgMinistersImporter.read(file, source);
      case BIOGUIDE_JSON -> BioguideImporter.read(file, source, LocalDate.MIN, java.util.Map.of(), java.util.Map.of());
      case PARLGOV -> new LeaderNames(org.factdesk.kb.KnowledgeBaseFiles.readBundled()).resolve(ParlGovCabinets.read(file),
          source, List.of(), source, LocalDate.MAX);
      case ADDITIONS -> AdditionsImporter.read(file);
    };
  }

  @Override
  public String toString() {
    return cliName.toLowerCase(Locale.ROOT);
  }
}
