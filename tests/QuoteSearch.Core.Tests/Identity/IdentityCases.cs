namespace QuoteSearch.Core.Tests.Identity;

/// <summary>
/// The identity test corpus: invented speakers whose written names are tricky (same surname, diminutives, suffixes,
/// initials, transliterations, titles, organisations and their acronyms). Each line is "written name => expected
/// speaker id"; a leading "org:" marks a name the quotes call an organisation, "he:" or "she:" a one-word name whose
/// titles give that gender ("Mr.", "Mrs."). Names of one case share an index.
/// </summary>
public static class IdentityCases
{
    public static TheoryData<string, string[]> All => new()
    {
        { "a diminutive joins the formal name", ["Timothy Lindqvist => timothy-lindqvist", "Tim Lindqvist => timothy-lindqvist"] },
        { "a nickname listed both ways joins", ["William Ashgrove => william-ashgrove", "Bill Ashgrove => william-ashgrove"] },
        { "a short form listed by the long one joins", ["Leonard E. Pellman => leonard-e-pellman", "Len Pellman => leonard-e-pellman"] },
        {
            "two people sharing a surname stay apart, and the bare surname is not guessed",
            ["Harriet Ostrander => harriet-ostrander", "Walter Ostrander => walter-ostrander", "Ostrander => ostrander"]
        },
        { "a surname alone joins the only person with it", ["Ingrid Solberg => ingrid-solberg", "Solberg => ingrid-solberg"] },
        { "a bare surname taken for an organisation is the one person with it", ["Ingrid Solberg => ingrid-solberg",
            "org:Solberg => ingrid-solberg"] },
        {
            "a bare surname taken for an organisation, shared by two people, stays apart as a person's word",
            ["Harriet Ostrander => harriet-ostrander", "Walter Ostrander => walter-ostrander", "org:Ostrander => ostrander"]
        },
        {
            "a suffix on one side joins a name without middle names",
            ["Joseph R. Okafor Jr. => joseph-r-okafor-jr", "Joe Okafor => joseph-r-okafor-jr", "Okafor => joseph-r-okafor-jr"]
        },
        {
            "a father written in full and a son with the suffix stay apart",
            ["Marcus J. Whitfield => marcus-j-whitfield", "Marcus Whitfield Jr. => marcus-whitfield-jr"]
        },
        { "different suffixes are different people", ["Arthur Penhallow Sr. => arthur-penhallow-sr",
            "Arthur Penhallow Jr. => arthur-penhallow-jr"] },
        { "a roman numeral is a suffix", ["Edmund Garrow III => edmund-garrow-iii", "Ed Garrow => edmund-garrow-iii"] },
        {
            "middle initials that differ are different people; the name without them is not guessed",
            ["George H. W. Brandvold => george-h-w-brandvold", "George W. Brandvold => george-w-brandvold",
             "George Brandvold => george-brandvold"]
        },
        { "a middle name joins its initial", ["Owen John Dempwolf => owen-john-dempwolf",
            "Owen J. Dempwolf => owen-john-dempwolf", "Owen Dempwolf => owen-john-dempwolf"] },
        { "an initial joins the given name it starts", ["Jonas Whitcombe => jonas-whitcombe", "J. Whitcombe => jonas-whitcombe"] },
        { "a doubled final y is one transliteration", ["Dmytro Zaporozhskyy => dmytro-zaporozhskyy",
            "Zaporozhsky => dmytro-zaporozhskyy"] },
        {
            "a near spelling of a full name joins; the id is the first spelling in id order, whichever is quoted more",
            ["Oleksiy Havrylenko => oleksiy-havrilenko", "Oleksiy Havrilenko => oleksiy-havrilenko"]
        },
        { "accents fold", ["José Ramírez Ortuño => jose-ramirez-ortuno", "Jose Ramirez Ortuno => jose-ramirez-ortuno"] },
        {
            "titles and roles are never part of a name",
            ["Sen. Tobias Lindgren => tobias-lindgren", "Tobias Lindgren => tobias-lindgren", "Norway Tobias Lindgren => tobias-lindgren",
             "HRA Administrator Jim Feldvik => jim-feldvik", "Jim Feldvik => jim-feldvik"]
        },
        { "a given name used alone joins the only person with it", ["Philippa Fairweather => philippa-fairweather",
            "Philippa => philippa-fairweather"] },
        { "family name first: the first word alone is the surname", ["Park Min-jun => park-min-jun", "Park => park-min-jun"] },
        {
            "a bare surname that titles call a man joins the one man with it",
            ["Marta Vennberg => marta-vennberg", "Jonas Vennberg => jonas-vennberg", "he:Vennberg => jonas-vennberg"]
        },
        {
            "a bare surname that titles call a woman joins the one woman with it",
            ["Orla Haldane => orla-haldane", "Tobias Haldane => tobias-haldane", "she:Haldane => orla-haldane"]
        },
        {
            "two men sharing a surname leave a man's bare surname apart",
            ["Jonas Brekke => jonas-brekke", "Tobias Brekke => tobias-brekke", "he:Brekke => brekke"]
        },
        {
            "a given name the dataset does not know fits either gender, so the bare surname stays apart",
            ["Marta Skjoldvik => marta-skjoldvik", "Xevrin Skjoldvik => xevrin-skjoldvik", "she:Skjoldvik => skjoldvik"]
        },
        { "different given names never merge, even when one is a nickname of something else",
            ["Ted Ardenne => ted-ardenne", "Marco Ardenne => marco-ardenne"] },
        {
            "organisations by full name, whatever the article",
            ["org:The Harbour Gazette => the-harbour-gazette", "org:the Harbour Gazette => the-harbour-gazette",
             "org:Lindgren campaign => lindgren-campaign", "org:Lindgren’s campaign => lindgren-campaign"]
        },
        {
            "an acronym joins the organisation it spells",
            ["org:Coastal Shipping Authority => coastal-shipping-authority", "org:CSA => coastal-shipping-authority",
             "CSA => coastal-shipping-authority"]
        },
        {
            "an acronym two organisations spell stays apart",
            ["org:Northern Rail Board => northern-rail-board", "org:National Rowing Body => national-rowing-body", "org:NRB => nrb"]
        },
    };
}
