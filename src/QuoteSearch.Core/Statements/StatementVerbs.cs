using QuoteSearch.Core.Language;
using static QuoteSearch.Core.Language.Lexicon;

namespace QuoteSearch.Core.Statements;

/// <summary>The verbs that report what someone said or holds, grouped by what may follow them.</summary>
internal static class StatementVerbs
{
    /// <summary>Verbs followed by a clause, with or without "that": "said (that) Kyiv was ready".</summary>
    public static readonly HashSet<string> Clause = Set(
        "said says say added adds argued argues insisted insists claimed claims warned warns believes believe believed " +
        "thinks think thought contended contends maintained maintains suggested suggests predicted predicts hopes hoped " +
        "fears feared expects expected knows knew felt feels wrote writes tweeted tweets");

    /// <summary>Verbs that need "that" before their clause: "confirmed that", "acknowledged that".</summary>
    public static readonly HashSet<string> ThatClause = Set(
        "told tells noted notes stated states announced announces explained explains acknowledged acknowledges admitted " +
        "admits promised promises vowed vows confirmed confirms reported reports asserted asserts alleged alleges denied " +
        "denies revealed reveals concluded concludes conceded concedes agreed agrees recalled recalls stressed stresses " +
        "emphasized emphasizes indicated indicates estimated estimates found finds showed shows disclosed discloses " +
        "signaled signalled declared declares complained complains worried worries");

    /// <summary>Verbs whose object is itself what was said: "urged supporters to vote", "cited problems in Iraq".</summary>
    public static readonly HashSet<string> Object = Set(
        "urged urges cited cites blamed blames called calls praised praises criticized criticised criticizes accused accuses " +
        "demanded demands proposed proposes pledged pledges touted touts defended defends rejected rejects dismissed dismisses " +
        "questioned questions denounced denounces condemned condemns welcomed welcomes endorsed endorses opposed opposes " +
        "supported supports backed backs described describes mocked mocks attacked attacks slammed slams blasted blasts " +
        "highlighted highlights advocated advocates recommended recommends requested requests discussed discusses discuss " +
        "defending criticizing criticising praising blaming touting urging rejecting questioning attacking citing " +
        "acknowledged acknowledges noted notes unveiled unveils offered offers");

    /// <summary>Verbs whose topic follows a preposition: "apologize for his statements", "raising questions about the mic".</summary>
    public static readonly Dictionary<string, string[]> Topic = new(StringComparer.OrdinalIgnoreCase)
    {
        ["talked"] = ["about"], ["talks"] = ["about"], ["talking"] = ["about"], ["talk"] = ["about"],
        ["spoke"] = ["about", "of"], ["speaks"] = ["about", "of"], ["speaking"] = ["about", "of"],
        ["commented"] = ["on"], ["comments"] = ["on"], ["commenting"] = ["on"], ["comment"] = ["on"],
        ["apologized"] = ["for"], ["apologize"] = ["for"], ["apologizes"] = ["for"], ["apologizing"] = ["for"],
        ["called"] = ["for"], ["calls"] = ["for"], ["calling"] = ["for"], ["call"] = ["for"],
        ["asked"] = ["about"], ["asking"] = ["about"],
        ["warned"] = ["against", "about", "of"], ["warns"] = ["against", "about", "of"], ["warning"] = ["against", "about", "of"],
        ["complained"] = ["about"], ["complains"] = ["about"], ["complaining"] = ["about"],
        ["argued"] = ["for", "against"], ["argues"] = ["for", "against"], ["arguing"] = ["for", "against"],
        ["pushed"] = ["for"], ["pushing"] = ["for"], ["pushes"] = ["for"],
        ["advocated"] = ["for"], ["advocating"] = ["for"], ["advocates"] = ["for"],
        ["boasted"] = ["about", "of"], ["bragged"] = ["about"], ["joked"] = ["about"], ["lamented"] = ["about"],
        ["seized"] = ["on"], ["seizing"] = ["on"], ["seizes"] = ["on"], ["focused"] = ["on"], ["focusing"] = ["on"],
        ["weighed"] = ["in"], ["insisted"] = ["on"], ["pointed"] = ["out"], ["points"] = ["out"], ["pointing"] = ["out"],
    };

    /// <summary>After a comma, reporting the sentence's subject: "..., saying he would be awake".</summary>
    public static readonly HashSet<string> Participle = Set("saying noting arguing suggesting claiming insisting adding warning explaining asserting contending");

    /// <summary>Verbs of intent or stance followed by "to": "plans to call on young people", "agreed to clean up".</summary>
    public static readonly HashSet<string> Infinitive = Set(
        "wants want wanted plans plan planned intends intend intended hopes hope hoped vowed vows pledged pledges promised promises " +
        "agreed agrees refused refuses declined declines threatened threatens urged urges promising vowing pledging planning " +
        "hoping threatening refusing declining agreeing wanting intending");

    public static bool Any(string word) => Clause.Contains(word) || ThatClause.Contains(word) || Object.Contains(word) || Infinitive.Contains(word) || Topic.ContainsKey(word);
}
