// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.kb.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.factdesk.kb.DateRange;
import org.factdesk.kb.Event;
import org.factdesk.kb.FactSource;
import org.factdesk.kb.KnowledgeBaseData;
import org.factdesk.kb.Person;
import org.factdesk.kb.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each importer on a small fixture written here (invented people, real formats). */
final class ImportersTest {
  private static final FactSource SOURCE = new FactSource("fixture", "test", Optional.of(LocalDate.of(2026, 1, 1)));

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static Term term(KnowledgeBaseData kb, String person, String office, String start) {
    return kb.terms().stream().filter(t -> t.personId().equals(person) && t.officeId().equals(office)
        && t.start().toString().equals(start)).findFirst().orElseThrow(() -> new AssertionError(
            "no term " + person + " " + office + " " + start + " in " + kb.terms()));
  }

  private static Person person(KnowledgeBaseData kb, String id) {
    return kb.persons().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static Event event(KnowledgeBaseData kb, String id) {
    return kb.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
        () -> new AssertionError("no event " + id + " in " + kb.events().stream().map(Event::id).toList()));
  }

  static final String EXECUTIVE_YAML = """
      - id: {bioguide: X000001, wikidata: Q999001, wikipedia: Jo Q. Example (politician)}
        name: {first: Joanna, middle: Quinn, last: Example, nickname: Jo}
        terms:
        - {type: viceprez, start: '2013-01-20', end: '2017-01-20', party: X, how: election}
        - {type: prez, start: '2025-01-20', end: '2029-01-20', party: X, how: election}
      - id: {govtrack: 123}
        name: {first: Early, last: Founder}
        terms:
        - {type: prez, start: '1797-03-04', end: '1801-03-04', how: election}
      """;

  @Test
  void executiveYamlDropsScheduledEndsAndDerivesElections() throws IOException {
    KnowledgeBaseData kb = CongressLegislatorsImporter.read(write("executive.yaml", EXECUTIVE_YAML), SOURCE);
    assertThat(term(kb, "Q999001", "Q11699", "2013-01-20").end()).contains(LocalDate.of(2017, 1, 20));
    assertThat(term(kb, "Q999001", "Q11696", "2025-01-20").end()).isEmpty();
    assertThat(person(kb, "Q999001").name()).isEqualTo("Jo Q. Example");
    assertThat(person(kb, "Q999001").aliases()).contains("Joanna Example", "Jo Example", "Joanna Quinn Example",
        "Joanna Q. Example").noneMatch(a -> !a.contains(" "));
    assertThat(person(kb, "govtrack:123").name()).isEqualTo("Early Founder");
    Event e2024 = event(kb, "us-presidential-election-2024");
    assertThat(e2024.when()).isEqualTo(DateRange.day(LocalDate.of(2024, 11, 5)));
    assertThat(e2024.participants()).containsExactly("Q999001");
    assertThat(e2024.officeId()).contains("Q11696");
    assertThat(event(kb, "us-presidential-election-1796").when()).isEqualTo(DateRange.year(1796));
  }

  @Test
  void executiveJsonReadsTheSameAsYaml() throws IOException {
    Path json = write("executive.json", """
        [{"id": {"bioguide": "X000001", "wikidata": "Q999001"},
          "name": {"first": "Joanna", "last": "Example", "nickname": "J.Q.", "official_full": "J.Q. Example"},
          "terms": [{"type": "prez", "start": "2021-01-20", "end": "2025-01-20", "how": "election"}]}]
        """);
    KnowledgeBaseData kb = CongressLegislatorsImporter.read(json, SOURCE);
    assertThat(term(kb, "Q999001", "Q11696", "2021-01-20").end()).contains(LocalDate.of(2025, 1, 20));
    assertThat(person(kb, "Q999001").aliases()).contains("JQ Example", "J. Q. Example", "Joanna Example");
    assertThat(event(kb, "us-presidential-election-2020").when().first()).isEqualTo(LocalDate.of(2020, 11, 3));
  }

  @Test
  void legislatorsYamlGivesSenateHouseAndLeadershipTerms() throws IOException {
    Path yaml = write("legislators-current.yaml", """
        - id: {bioguide: Y000002, wikidata: Q999002}
          name: {first: Sam, last: Sample, official_full: Samuel Sample}
          terms:
          - {type: rep, start: '2001-01-03', end: '2003-01-03', state: ZZ, district: 1}
          - {type: sen, start: '2021-01-03', end: '2027-01-03', state: ZZ, class: 2}
          leadership_roles:
          - {title: Senate Sample Whip, chamber: senate, start: '2023-01-03', end: '2025-01-03'}
        """);
    KnowledgeBaseData kb = CongressLegislatorsImporter.read(yaml, SOURCE);
    assertThat(term(kb, "Q999002", "Q13218630", "2001-01-03").end()).contains(LocalDate.of(2003, 1, 3));
    assertThat(term(kb, "Q999002", "Q4416090", "2021-01-03").end()).as("2027 is after the as-of date").isEmpty();
    assertThat(term(kb, "Q999002", "congress:Senate Sample Whip", "2023-01-03").end()).isPresent();
    assertThat(kb.offices()).anyMatch(o -> o.id().equals("Q4416090") && o.titles().contains("Sen."));
  }

  @Test
  void congressYamlThatIsNotAListIsRejectedWithTheFileName() throws IOException {
    Path bad = write("bad.yaml", "just: a map\n");
    assertThatThrownBy(() -> CongressLegislatorsImporter.read(bad, SOURCE)).isInstanceOf(KbImportException.class)
        .hasMessageContaining("bad.yaml").hasMessageContaining("list of people");
    Path broken = write("broken.yaml", "- id: [unclosed\n");
    assertThatThrownBy(() -> CongressLegislatorsImporter.read(broken, SOURCE)).isInstanceOf(KbImportException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void legislatorsCsvGivesPersonsWithoutTerms() throws IOException {
    Path csv = write("legislators-historical.csv", """
        last_name,first_name,middle_name,suffix,nickname,full_name,birthday,type,bioguide_id,wikipedia_id
        Sample,Samuel,Tobias,,Sam,"Sam Sample",1900-01-01,sen,S000009,"Sam Sample (senator)"
        """);
    KnowledgeBaseData kb = HistoricalLegislatorsImporter.read(csv);
    assertThat(kb.terms()).isEmpty();
    assertThat(person(kb, "bioguide:S000009").aliases()).contains("Samuel Sample", "Samuel Tobias Sample");
  }

  @Test
  void everyPoliticianMatchesShortLabelsToPositionQidsAndDeduplicates() throws IOException {
    write("xx/html_positions.csv", """
        id,position,country,jurisdiction,deputy,list,start,end,before,after,enwiki
        Q900001,President of Russia,Q159,Q159,,,1991-06-12,,,,President of Russia
        Q900002,Minister of Foreign Affairs,Q159,Q159,,,,,,,Foreign minister of Russia
        """);
    Path holders = write("xx/html_holders21.csv", """
        position,person,personID,start,end
        President,"Ivanov, Ivan",Q900010,2000-05-07,2008-05-07
        President,"Ivanov, Ivan",Q900010,2000-05-07,2008-05-07
        Minister of Foreign Affairs,Pyotr Petrov,Q900011,2004,
        Chair of the Tea Board,Pyotr Petrov,Q900011,2010-01-01,2009-01-01
        Chair of the Coffee Board,Pyotr Petrov,Q900011,2010-01-01,2030-01-01
        """);
    KnowledgeBaseData kb = EveryPoliticianImporter.read(holders, SOURCE);
    assertThat(term(kb, "Q900010", "Q900001", "2000-05-07").end()).contains(LocalDate.of(2008, 5, 7));
    assertThat(term(kb, "Q900011", "Q900002", "2004-01-01").end()).isEmpty();
    assertThat(term(kb, "Q900011", "everypolitician:xx:Chair of the Coffee Board", "2010-01-01").end()).isEmpty();
    assertThat(kb.terms()).noneMatch(t -> t.officeId().contains("Tea Board"));
    assertThat(kb.offices()).anyMatch(o -> o.id().equals("Q900001") && o.jurisdiction().equals("RU")
        && o.titles().equals(java.util.List.of("President")));
    assertThat(kb.offices()).anyMatch(o -> o.id().equals("Q900002") && o.titles().contains("Foreign Minister"));
    assertThat(person(kb, "Q900010").name()).isEqualTo("Ivanov, Ivan");
  }

  @Test
  void foreignMinistersAndWorldLeadersMapCountriesToIsoCodes() throws IOException {
    Path foreign = write("sources_foreign_wikidata.csv", """
        person,name,country,countryLabel,position,positionLabel,start,psid
        ,,Q754,Trinidad and Tobago,Q19901428,Minister of Foreign Affairs,,
        Q900020,Ana Example,Q1000001,Bosnia and Herzegovina,Q900021,Minister of Foreign Affairs,2019-01-23,x
        """);
    KnowledgeBaseData fm = ForeignMinistersImporter.read(foreign, SOURCE);
    assertThat(fm.terms()).hasSize(1);
    assertThat(fm.offices().get(0).jurisdiction()).isEqualTo("BA");
    Path leaders = write("data_wikidata.csv", """
        countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year
        Q1000002,Albania,Q900030,President of Albania,Q900031,Ilir Example,2017,2022
        """);
    KnowledgeBaseData wl = WorldLeadersImporter.read(leaders, SOURCE);
    Term yearOnly = term(wl, "Q900031", "Q900030", "2017-01-01");
    assertThat(yearOnly.startPrecision()).isEqualTo(org.factdesk.kb.DatePrecision.YEAR);
    assertThat(yearOnly.endRange()).contains(org.factdesk.kb.DateRange.year(2022));
    assertThat(wl.offices().get(0).jurisdiction()).isEqualTo("AL");
    assertThat(wl.offices().get(0).titles()).contains("President");
  }

  static final String ENTITY = """
      {"type":"item","id":"Q900040","labels":{"en":{"language":"en","value":"Erika Example"}},
       "aliases":{"en":[{"language":"en","value":"Erika M. Example"},{"language":"en","value":"Example"}]},
       "claims":{
        "P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5},"type":"wikibase-entityid"}},"rank":"normal"}],
        "P39":[
         {"mainsnak":{"snaktype":"value","property":"P39","datavalue":{"value":{"entity-type":"item","id":"Q900041"},"type":"wikibase-entityid"}},"rank":"normal",
          "qualifiers":{"P580":[{"snaktype":"value","datavalue":{"value":{"time":"+1999-03-01T00:00:00Z","precision":11},"type":"time"}}],
                        "P582":[{"snaktype":"value","datavalue":{"value":{"time":"+2004-00-00T00:00:00Z","precision":9},"type":"time"}}]}},
         {"mainsnak":{"snaktype":"value","property":"P39","datavalue":{"value":{"entity-type":"item","id":"Q900042"},"type":"wikibase-entityid"}},"rank":"deprecated",
          "qualifiers":{"P580":[{"snaktype":"value","datavalue":{"value":{"time":"+2001-01-01T00:00:00Z","precision":11},"type":"time"}}]}},
         {"mainsnak":{"snaktype":"value","property":"P39","datavalue":{"value":{"entity-type":"item","id":"Q900043"},"type":"wikibase-entityid"}},"rank":"normal"}
        ]}}
      """;
  static final String POSITION = """
      {"type":"item","id":"Q900041","labels":{"en":{"language":"en","value":"Prime Minister of France"}},
       "claims":{"P1001":[{"mainsnak":{"snaktype":"value","datavalue":{"value":{"entity-type":"item","id":"Q142"},"type":"wikibase-entityid"}}}]}}
      """;

  @Test
  void wikidataEntityJsonInAllThreeShapesGivesPositionHeldTerms() throws IOException {
    for (Path file : new Path[] {write("single.json", ENTITY),
        write("wbgetentities.json", "{\"entities\":{\"Q900040\":" + ENTITY + ",\"Q900041\":" + POSITION + "}}"),
        gzip("dump.json.gz", "[\n" + ENTITY.strip() + ",\n" + POSITION.strip() + "\n]")}) {
      KnowledgeBaseData kb = WikidataEntityImporter.read(file, SOURCE);
      assertThat(kb.terms()).as(file.toString()).hasSize(1);
      assertThat(term(kb, "Q900040", "Q900041", "1999-03-01").end()).contains(LocalDate.of(2004, 1, 1));
      assertThat(person(kb, "Q900040").aliases()).containsExactly("Erika M. Example");
    }
    KnowledgeBaseData withPosition = WikidataEntityImporter.read(dir.resolve("dump.json.gz"), SOURCE);
    assertThat(withPosition.offices()).anyMatch(o -> o.id().equals("Q900041") && o.jurisdiction().equals("FR")
        && o.titles().contains("Prime Minister") && o.titles().contains("PM"));
  }

  private Path gzip(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void sparqlResultsWithTheDocumentedVariablesGiveTerms() throws IOException {
    Path file = write("result.json", """
        {"head":{"vars":["person","personLabel","personAltLabel","position","positionLabel","start","end","jurisdiction"]},
         "results":{"bindings":[
          {"person":{"type":"uri","value":"http://www.wikidata.org/entity/Q900050"},
           "personLabel":{"type":"literal","xml:lang":"en","value":"Max Example"},
           "personAltLabel":{"type":"literal","value":"Maximilian Example, Maxi"},
           "position":{"type":"uri","value":"http://www.wikidata.org/entity/Q900051"},
           "positionLabel":{"type":"literal","value":"United States Secretary of Examples"},
           "start":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#dateTime","value":"2021-01-26T00:00:00Z"},
           "end":{"type":"literal","datatype":"http://www.w3.org/2001/XMLSchema#dateTime","value":"2030-01-20T00:00:00Z"},
           "jurisdiction":{"type":"uri","value":"http://www.wikidata.org/entity/Q30"}},
          {"person":{"type":"bnode","value":"b1"},"position":{"type":"uri","value":"http://www.wikidata.org/entity/Q900051"}}
         ]}}
        """);
    KnowledgeBaseData kb = SparqlResultsImporter.read(file, SOURCE);
    assertThat(term(kb, "Q900050", "Q900051", "2021-01-26").end()).as("2030 is a schedule").isEmpty();
    assertThat(person(kb, "Q900050").aliases()).containsExactly("Maximilian Example");
    assertThat(kb.offices().get(0).jurisdiction()).isEqualTo("US");
    assertThat(kb.offices().get(0).titles()).contains("Secretary of Examples");
  }

  @Test
  void sparqlResultsWithoutPersonAndPositionSayWhichVariablesAreExpected() throws IOException {
    Path file = write("other.json", "{\"head\":{\"vars\":[\"item\"]},\"results\":{\"bindings\":[]}}");
    assertThatThrownBy(() -> SparqlResultsImporter.read(file, SOURCE)).isInstanceOf(KbImportException.class)
        .hasMessageContaining("person, personLabel, position").hasMessageContaining("item");
  }

  @Test
  void reignElectionsKeepOnlyHeldVotesWithTheirPrecision() throws IOException {
    Path file = write("electionlist.csv", """
        ccode,electionnumber,country,elec_year,elec_month,elec_day,sequence,event,elecnum,type,direct,regular,victory,change,runoff
        999,1,Examplestan,2010,5,2,1,"Vote, As Scheduled",999001,X,Y,Y,Y,N,N
        999,2,Examplestan,2012,7, ,1,"Vote, Early",999002,L,Y,N,Y,N,N
        999,3,Examplestan,2026,3,1,1,"Upcoming, Scheduled",999003,X,Y,Y,,,N
        365,4,Russia,2018,3,18,1,"Vote, As Scheduled",365004,X,Y,Y,Y,N,N
        """);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 30] = (byte) 0xE9; // a stray Latin-1 byte, as in the real file
    Files.write(file, bytes);
    KnowledgeBaseData kb = ReignElectionsImporter.read(file, SOURCE);
    assertThat(kb.events()).hasSize(3);
    assertThat(kb.events()).anyMatch(e -> e.when().equals(DateRange.month(2012, 7)) && e.name().contains("legislative"));
    assertThat(kb.events()).anyMatch(e -> e.aliases().contains("2018 russia presidential election"));
    assertThat(kb.events()).noneMatch(e -> e.when().first().getYear() == 2026);
  }

  @Test
  void euMembershipGivesAccessionEuroSchengenAndExitEvents() throws IOException {
    write("eu/country_name.csv", "country_code,language_code,name\nGB,en,United Kingdom\nHR,en,Croatia\n");
    Path file = write("eu/membership.csv", """
        country_code,union_date,euro_date,schengen_date,exit_date
        BE,1958-01-01,1999-01-01,1995-03-26,NULL
        GB,1973-01-01,NULL,NULL,2020-01-31
        HR,2013-07-01,2023-01-01,2023-01-01,NULL
        BG,2007-01-01,2027-01-01,NULL,NULL
        """);
    KnowledgeBaseData kb = EuMembershipImporter.read(file, SOURCE);
    assertThat(event(kb, "eu-exit-GB").when()).isEqualTo(DateRange.day(LocalDate.of(2020, 1, 31)));
    assertThat(event(kb, "eu-exit-GB").aliases()).contains("uk left the eu", "united kingdom left the european union");
    assertThat(event(kb, "eu-accession-HR").name()).isEqualTo("Croatia joined the European Union");
    assertThat(event(kb, "eu-accession-GB").name()).contains("European Communities");
    assertThat(kb.events()).noneMatch(e -> e.id().equals("eu-accession-BE") || e.id().equals("eu-euro-BG"));
  }

  @Test
  void effectiveLeaderDatasetsReadSpellsButKeepThemOffOfficialOffices() throws IOException {
    Path reign = write("leaderlist.csv", """
        stateabb,ccode,leadid,leader,sdate,smonth,syear,emonth,eyear,birthyear,gender,militarycareer,l_month,l_year,,,codedby,notes
        XMP,999,x-1,Example,20,1,2017,1,2021,1946,1,0,11,2016,,,,
        XMP,999,x-2,Sample,20,1,2021,,,1942,1,0,11,2021,,,,
        """);
    KnowledgeBaseData r = EffectiveLeadersImporter.readReign(reign, SOURCE);
    assertThat(term(r, "reign:x-1", "leader:XMP", "2017-01-20").end()).contains(LocalDate.of(2021, 1, 31));
    assertThat(term(r, "reign:x-2", "leader:XMP", "2021-01-20").end()).isEmpty();
    Path archigos = write("arch_annual.txt", String.join("\n",
        "obsid\tleadid\tccode\tidacr\tleader\tstartdate\tenddate\tentry\texit\tdbpedia.uri",
        "XMP-2000\tab-1\t999\tXMP\tExample\t2000-01-01\t2000-12-31\tRegular\t(n_year)\thttp://dbpedia.org/resource/Erik_Example",
        "XMP-2000\tab-1\t999\tXMP\tExample\t2001-01-01\t2001-06-30\t(p_year)\tRegular\thttp://dbpedia.org/resource/Erik_Example",
        "XMP-2010\tab-2\t999\tXMP\tOther\t2010-01-01\t2015-12-31\tRegular\tStill in Office\tNA", ""));
    KnowledgeBaseData a = EffectiveLeadersImporter.readArchigos(archigos, SOURCE);
    assertThat(term(a, "archigos:ab-1", "leader:XMP", "2000-01-01").end()).contains(LocalDate.of(2001, 6, 30));
    assertThat(term(a, "archigos:ab-2", "leader:XMP", "2010-01-01").end()).isEmpty();
    assertThat(person(a, "archigos:ab-1").name()).isEqualTo("Erik Example");
  }

  @Test
  void additionsFileGivesSourcedTermsAndEvents() throws IOException {
    Path file = write("additions.yaml", """
        reviewed: 2025-03-01
        persons:
          - {id: Q900060, name: Eve Example, aliases: [Eve E. Example], source: Q900060, note: test}
        terms:
          - {person: Q900060, office: Q14213, start: 2021-01-26, end: 2025-01-20, source: "https://example.org/eve", note: test}
        events:
          - {id: ev, name: Example war, when: 2014-02-20..2014-03, kind: war, aliases: [example war],
             cues: [[example], [war]], source: Q1, note: test}
        """);
    KnowledgeBaseData kb = AdditionsImporter.read(file);
    Term t = term(kb, "Q900060", "Q14213", "2021-01-26");
    assertThat(t.end()).contains(LocalDate.of(2025, 1, 20));
    assertThat(t.source().reference()).isEqualTo("https://example.org/eve");
    assertThat(t.source().asOf()).contains(LocalDate.of(2025, 3, 1));
    assertThat(event(kb, "ev").when()).isEqualTo(new DateRange(LocalDate.of(2014, 2, 20), LocalDate.of(2014, 3, 31)));
  }

  @Test
  void additionsFileWithATypoOrABadDateIsRejectedNamingTheProblem() throws IOException {
    Path typo = write("typo.yaml", "reviewed: 2025-03-01\nterms:\n  - {persn: Q1, office: Q2, start: 2020-01-01, source: x}\n");
    assertThatThrownBy(() -> AdditionsImporter.read(typo)).isInstanceOf(KbImportException.class)
        .hasMessageContaining("unknown key 'persn'");
    Path date = write("date.yaml", "events:\n  - {id: e, name: E, when: soon, kind: war, source: x}\n");
    assertThatThrownBy(() -> AdditionsImporter.read(date)).isInstanceOf(KbImportException.class)
        .hasMessageContaining("unreadable when 'soon'");
    Path kind = write("kind.yaml", "events:\n  - {id: e, name: E, when: '2020', kind: party, source: x}\n");
    assertThatThrownBy(() -> AdditionsImporter.read(kind)).hasMessageContaining("needs a kind");
  }

  @Test
  void hostileInputGivesAnImportErrorNeverAnotherException() throws IOException {
    java.util.Random random = new java.util.Random(42);
    for (KbFormat format : KbFormat.values()) {
      for (int i = 0; i < 20; i++) {
        byte[] junk = new byte[random.nextInt(300)];
        random.nextBytes(junk);
        Path file = dir.resolve("junk-" + format + "-" + i);
        Files.write(file, i % 2 == 0 ? junk : ("a,b\n\"" + new String(junk, StandardCharsets.ISO_8859_1)).getBytes());
        try {
          format.read(file, LocalDate.of(2025, 1, 1));
        } catch (KbImportException expected) {
          // the one acceptable failure
        }
      }
    }
  }
}
