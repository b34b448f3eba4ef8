namespace QuoteSearch.Core.Attribution;

/// <summary>The words attribution reads: speech cues, titles, pronouns and the small words between them.</summary>
internal static class Lexicon
{
    /// <summary>A case-insensitive word set from a space-separated list.</summary>
    internal static HashSet<string> Set(string words) => new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of saying, in the forms news uses around quotes.</summary>
    public static readonly HashSet<string> CueVerbs = Set(
        "said says say saying told tells tell telling added adds adding wrote writes writing tweeted tweets tweeting " +
        "asked asks asking replied replies replying responded responds confirmed confirms explained explains explaining " +
        "noted notes noting reported reports stated states stating assured assures opined opines bragged argued argues arguing insisted insists insisting continued continues declared declares " +
        "announced announces claimed claims claiming warned warns warning recalled recalls acknowledged acknowledges admitted admits " +
        "remarked observed suggested suggests urged urges quipped joked jokes countered counters complained complains conceded concedes " +
        "charged emphasized emphasised stressed stresses concluded predicted predicts promised promises vowed vows boasted boasts " +
        "posted posts shouted yelled testified texted agreed agrees maintained maintains contended mused lamented laments exclaimed " +
        "cautioned alleged alleges recounted interjected asserted asserts wondered wonders told declared pleaded blasted slammed " +
        "scoffed snapped retorted chided demanded demands thundered reiterated reiterates repeated explained shot chimed proclaimed " +
        "announced tweets write writes describes described called calls mocked mocking praised praises criticized criticised accused " +
        "accuses dismissed denounced labeled labelled touted touts sings sang sing chanted chants read reads recited " +
        "concludes pressed barked boomed fumed gushed marveled marvelled questioned exhorted"
    );

    /// <summary>Cue verbs that also introduce an object that is not the speaker (told reporters, asked Trump).</summary>
    public static readonly HashSet<string> TakesObject = Set("told tells tell telling asked asks asking pressed urged urges blasted slammed accused called calls praised criticized criticised mocked");

    /// <summary>Cues that only count with a quote right next to them: they are too common as ordinary verbs.</summary>
    public static readonly HashSet<string> WeakCues = Set("called calls described describes mocked mocking praised praises criticized criticised accused accuses dismissed denounced labeled labelled touted touts blasted slammed shot continued continues demanded demands");

    public static readonly HashSet<string> Pronouns = Set("he she they i we it");

    /// <summary>
    /// Words that make a name before a colon an object ("a message to Trump:", "in Italian:"). Not NamePhrase's object
    /// markers, which count "by" as one: before a colon, "by Nicole Levy:" is a byline, and its author speaks.
    /// </summary>
    public static readonly HashSet<string> Prepositions = Set("to with for about on against of from at in into than like over under toward towards between among");

    public static readonly HashSet<string> Determiners = Set("the a an this that his her their its our");

    /// <summary>Words that may stand between a subject and its cue verb: "Trump has also said".</summary>
    public static readonly HashSet<string> Auxiliaries = Set(
        "has have had also later then once previously recently again repeatedly would will could was is has since " +
        "just already further earlier subsequently simply flatly quickly often has long later publicly privately reportedly " +
        "did does do never even still has been had been would later once again is quoted was quoted now first initially separately " +
        "not didn't didn’t doesn't doesn’t don't don’t hasn't hasn’t haven't haven’t isn't isn’t wasn't wasn’t won't won’t wouldn't wouldn’t");

    /// <summary>Titles and descriptive words that belong to a role, not to the name after them.</summary>
    public static readonly HashSet<string> TitleWords = Set(
        "president president-elect vice prime minister sen. senator rep. representative gov. governor mayor secretary " +
        "gen. general adm. admiral col. lt. capt. sgt. dr. mr. mrs. ms. miss prof. professor judge justice chief chairman " +
        "chairwoman chair speaker leader director ambassador attorney spokesman spokeswoman spokesperson press deputy former " +
        "state house senate white u.s. us american republican democratic democrat gop national security adviser advisor " +
        "candidate nominee presidential campaign manager chancellor king queen prince pope rev. father sister brother " +
        "commissioner councilman councilwoman sheriff officer detective agent analyst pollster strategist aide correspondent " +
        "anchor host reporter editor columnist author founder ceo executive official officials minority majority whip " +
        "russian ukrainian polish german french british chinese israeli iranian syrian mexican canadian european foreign " +
        "defense defence interior treasury homeland justice department envoy special negotiator lawmaker congressman " +
        "congresswoman assemblyman delegate supreme court federal county city district rnc dnc fbi cia nsa doj pentagon " +
        "sen rep gov gen dr mr mrs ms st. saint lord lady dame sir emeritus acting interim incoming outgoing top senior junior del. delegate retired ret. activist sens. reps. commissioner superintendent chief"
    );

    /// <summary>Titles only people carry: a name after one of these is a person even when it is a single word.</summary>
    public static readonly HashSet<string> PersonalTitles = Set(
        "president vice prime minister sen. senator rep. representative gov. governor mayor secretary gen. general adm. " +
        "admiral col. lt. capt. sgt. dr. mr. mrs. ms. miss prof. professor judge justice chancellor king queen prince pope " +
        "rev. father sister brother ambassador speaker sen rep gov gen dr mr mrs ms sir lord lady dame congressman congresswoman");

    /// <summary>Capitalised words that begin sentences or name things, never people.</summary>
    private const string WeekdayNames = "monday tuesday wednesday thursday friday saturday sunday";
    public static readonly HashSet<string> Weekdays = Set(WeekdayNames);

    /// <summary>Words that may open a sentence before its subject: "But Trump said".</summary>
    public static readonly HashSet<string> Conjunctions = Set("and but or so yet then");

    /// <summary>Words opening a subordinate clause: the sentence's subject comes after its comma.</summary>
    public static readonly HashSet<string> Subordinators = Set("when after as while if because although though since before once until unless whereas whenever");

    public static readonly HashSet<string> NotNames = Set(
        "the a an but and or so yet if when while after before as in on at by for from with without to of that this these those " +
        "it its he she they we i you his her their our my your there here then now still also however meanwhile instead " +
        WeekdayNames + " january february march april may june july august september " +
        "october november december today yesterday tomorrow last next earlier later according asked speaking writing " +
        "mr mrs ms not no yes what why how who which where during despite among amid under over through since until " +
        "following throughout within across against about into like once although because though unless whether even " +
        "just only perhaps maybe indeed soon thus both either neither every each many some most all other another such " +
        "few several more less much one two three first second finally recently some breaking update updated read watch " +
        "photo video editor note full text click follow sign subscribe share via per"
    );

    /// <summary>
    /// First words that make a longer capitalised name a place: "New York", "North Korea", "San Antonio". Only as
    /// the first of several words: in "Aung San Suu Kyi", "Allen West" or a bare "West" they are a person's name.
    /// </summary>
    public static readonly HashSet<string> PlacePrefixes = Set("new north south east west middle united los las san santa great upper lower fort lake mount");

    /// <summary>Last words that make a capitalised name a place or a people: "Orange County", "Wall Street", "African Americans".</summary>
    public static readonly HashSet<string> PlaceWords = Set(
        "states kingdom korea america americans union republic island islands county city valley carolina dakota york " +
        "jersey hampshire mexico zealand " +
        "africa asia europe arabia emirates coast bay river street avenue square " +
        "hills heights beach springs park airport station africans europeans asians latinos hispanics");

    /// <summary>Words that make a capitalised name an organisation, not a person.</summary>
    /// <summary>
    /// Documents that "say" things for whoever wrote them: "the report said", "the article read". Polls, surveys and
    /// studies are left out: what a poll finds is the poll's, not its sponsor's word.
    /// </summary>
    public static readonly HashSet<string> DocumentNouns = Set("article report story book statement letter ruling editorial memo column piece release filing complaint lawsuit indictment");

    public static readonly HashSet<string> OrganisationWords = Set(
        "post times news journal committee party association union inc inc. corp corp. company co. group department agency " +
        "campaign club energy university college institute foundation council commission bureau office network press " +
        "reuters cnn fbi cia nbc cbs abc msnbc fox senate house congress court administration coalition center centre trust " +
        "fund bank board service services organization organisation federation league magazine review tribune herald daily " +
        "weekly gazette globe politifact republicans democrats ministry kremlin pentagon police army navy government " +
        "today street media radio tv television channel website blog foundation society alliance caucus pac llc ltd");
}
