using System.Collections.Frozen;
using QuoteSearch.Core.Language;

namespace QuoteSearch.Core.Statements;

/// <summary>
/// The verbs that report what someone said or holds, grouped by what may follow them. Each group is a data file of
/// lemmas (Language/Data/statement-*-verbs.txt), expanded to every form by <see cref="VerbForms"/>, so "tout" brings
/// "touts", "touted" and "touting".
/// </summary>
internal static class StatementVerbs
{
    /// <summary>Verbs followed by a clause, with or without "that": "said (that) Kyiv was ready".</summary>
    public static readonly FrozenSet<string> Clause = Forms("statement-clause-verbs.txt");

    /// <summary>Verbs that need "that" before their clause: "confirmed that", "acknowledged that".</summary>
    public static readonly FrozenSet<string> ThatClause = Forms("statement-that-verbs.txt");

    /// <summary>Verbs whose object is itself what was said: "urged supporters to vote", "cited problems in Iraq".</summary>
    public static readonly FrozenSet<string> Object = Forms("statement-object-verbs.txt");

    /// <summary>Verbs whose topic follows a preposition: "apologize for his statements", "raising questions about the mic".</summary>
    public static readonly Dictionary<string, string[]> Topic = TopicForms("statement-topic-verbs.txt");

    /// <summary>After a comma, reporting the sentence's subject: "..., saying he would be awake" (-ing forms only).</summary>
    public static readonly FrozenSet<string> Participle =
        WordData.Entries("statement-participle-verbs.txt").Select(l => VerbForms.Gerund(l.ToLowerInvariant()))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of intent or stance followed by "to": "plans to call on young people", "agreed to clean up".</summary>
    public static readonly FrozenSet<string> Infinitive = Forms("statement-infinitive-verbs.txt");

    /// <summary>Whether the word is a form of any verb above but the participles: asked of nearly every word.</summary>
    public static bool Any(string word) => AnyForm.Contains(word);

    // One lookup instead of five: this was 6% of extraction time.
    private static readonly FrozenSet<string> AnyForm =
        Clause.Concat(ThatClause).Concat(Object).Concat(Infinitive).Concat(Topic.Keys).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenSet<string> Forms(string file) =>
        WordData.Entries(file).SelectMany(l => VerbForms.Of(l.ToLowerInvariant())).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Each line a lemma and its prepositions: every form of the lemma takes them.</summary>
    private static Dictionary<string, string[]> TopicForms(string file)
    {
        var topic = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WordData.Entries(file))
        {
            var fields = line.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var form in VerbForms.Of(fields[0])) topic[form] = fields[1..];
        }
        return topic;
    }
}
