using QuoteSearch.Core.Language;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace QuoteSearch.Core.Searching;

/// <summary>
/// The words and exact phrases a query looks for, per field, as a highlighter needs them: excluded words
/// (<c>-war</c>) are left out. Null from <see cref="Of"/> when the query holds something this cannot list
/// (wildcards, fuzzy terms, sloppy phrases); those go to Lucene's own highlighter.
/// </summary>
internal sealed class MarkedTerms
{
    private readonly Dictionary<string, HashSet<string>> words = [];
    private readonly Dictionary<string, List<Phrase>> phrases = [];

    /// <summary>Terms of an exact phrase with their positions relative to the first.</summary>
    public sealed record Phrase(string[] Terms, int[] Offsets);

    public static MarkedTerms? Of(Query query)
    {
        var marked = new MarkedTerms();
        return marked.Collect(query, excluded: false) ? marked : null;
    }

    public IEnumerable<string> Fields => words.Keys.Union(phrases.Keys);

    public IReadOnlySet<string> WordsOf(string field) => words.TryGetValue(field, out var set) ? set : new HashSet<string>();

    public IReadOnlyList<Phrase> PhrasesOf(string field) => phrases.TryGetValue(field, out var list) ? list : [];

    private bool Collect(Query query, bool excluded)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                return boolean.Clauses.All(c => Collect(c.Query, excluded || c.Occur == Occur.MUST_NOT));
            case var _ when excluded:
                return true;
            case TermQuery term:
                Words(term.Term.Field).Add(term.Term.Text);
                return true;
            case PhraseQuery phrase when phrase.Slop == 0 && phrase.GetTerms().Length > 0:
                var terms = phrase.GetTerms();
                var positions = phrase.GetPositions();
                var field = terms[0].Field;
                if (!phrases.TryGetValue(field, out var list)) phrases[field] = list = [];
                list.Add(new Phrase(terms.Select(t => t.Text).ToArray(), positions.Select(p => p - positions[0]).ToArray()));
                return true;
            default:
                return false;
        }
    }

    private HashSet<string> Words(string field)
    {
        if (!words.TryGetValue(field, out var set)) words[field] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }
}
