package org.plenary.extract;

import java.util.List;

/**
 * Finds the names of persons, organizations and places: CoreNLP's entity mentions, then general rules that correct
 * the model's known failures, run in the order listed here, each on what the rules before it left (see each rule's
 * class for what it does and why). The words the rules use are {@link Lexicon}'s data files.
 */
final class MentionFinder {
    private final List<MentionRule> rules;

    MentionFinder(Lexicon lexicon) {
        NamesExtendedLeft extendedLeft = new NamesExtendedLeft(lexicon);
        rules = List.of(
                new ModelMentions(lexicon),             // the model's mentions, each corrected on its own
                new HonorificsOutOfNames(lexicon),      // "Rt Hon David Cameron MP" -> "David Cameron"
                new NamesAfterHonorifics(lexicon),      // "Mr David Amess", untagged
                new GivenNamesRejoined(lexicon),        // "Christian" (tagged a religion) + "Weber"
                new Governments(lexicon),               // "the Scottish Government", "Government of Nigeria"
                extendedLeft,                           // "Nine Stars" + "Alliance"
                new AcronymDefinitions(lexicon),        // "... Human Rights (OHCHR)"
                new HeadedOrganizations(lexicon),       // capitalised phrases with an organization word, missed
                new UnitsNamedForTitles(lexicon),       // "Office of the Assistant Secretary for Civil Rights"
                extendedLeft,                           // again, for the names the last two rules found
                new NamesExtendedRight(lexicon),        // "Joint Ministerial Committee" + "on EU Negotiations"
                new SplitNamesJoined(lexicon),          // "Senate Homeland Security" + "and Governmental Affairs Committee"
                new OrganizationNamesTrimmed(lexicon),  // "X Council Meeting" -> "X Council"; categories and events out
                new BodiesOfRecords(lexicon),           // "City Commission Meeting Minutes" -> "City Commission"
                new ThingsNamedLikeOrganizations(lexicon), // "Bank Merger Act", "First Public Hearing", "... Chambers"
                new NumberedGroups(lexicon),            // "the G20", "the Group of 20"
                new PersonsAfterTitles(lexicon),        // "Mayor-elect Hollies Winston" is a person
                new PortfolioHolders(lexicon),          // "Secretary of Housing ... Marcia Fudge": the holder split off
                new PortfoliosAfterOf(lexicon),         // "Secretary of Agriculture": no organization
                new CitiesBeforeStates(lexicon),        // "Newport News, VA" is a place
                new InitialledNames(lexicon),           // "Austan D. Goolsbee" is a person
                new RunsOfNamesSplit(lexicon),          // "Ann Roe Bill Orr" listed unseparated: two persons
                new ModifiersOfNouns(lexicon),          // "Senate colleagues": no organization
                new HeadlineOrganizations(lexicon),     // headline capitals checked against the body
                new BodiesInRecordTitles(lexicon),      // "MINUTES OF THE REGULAR X CITY COMMISSION MEETING"
                new RepeatedSpansDropped(lexicon));     // one mention per span
    }

    /** The rules in the order they run. */
    List<MentionRule> rules() { return rules; }

    List<Mention> find(ParsedText pt) {
        List<Mention> mentions = List.of();
        for (MentionRule rule : rules) mentions = rule.apply(pt, mentions);
        return mentions;
    }
}
