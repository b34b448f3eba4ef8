using QuoteSearch.Core.Language;
namespace QuoteSearch.Core.Attribution;

/// <summary>
/// A description the article goes on to name: "said a homeless man who goes by the name Stretch", "said a nurse known
/// as Dot". The name speaks, and the description is the role.
/// </summary>
internal static class NamedDescriptions
{
    private const int MaxPhraseWords = 6;

    // Phrases of this class's own (the shared lexicon is moving to data files), written lowercase, word by word.
    private static readonly string[][] NamingPhrases = new[]
    {
        "who goes by the name of", "who goes by the name", "who goes by", "who went by", "known as", "who is known as",
        "nicknamed", "named", "who calls himself", "who calls herself", "who gave his name as", "who gave her name as",
        "who gave only the name", "identified only as", "who identified himself as", "who identified herself as",
    }.Select(p => p.Split(' ')).ToArray();

    /// <summary>A naming phrase before the quote mark at the end of <paramref name="before"/>: the quoted words are a name.</summary>
    public static bool EndsWithNamingPhrase(string before)
    {
        var words = before.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return NamingPhrases.Any(p => p.Length <= words.Length && p.SequenceEqual(words[^p.Length..], StringComparer.OrdinalIgnoreCase))
               || (words.Length >= 2 && words[^1].Equals("name", StringComparison.OrdinalIgnoreCase)
                   && words[^2].Equals("the", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The person named in a naming phrase right after the description opening at <paramref name="from"/> (which the
    /// phrase reader may have ended at <paramref name="at"/> or just after the phrase's first word), with the
    /// description as role. Any noun will do ("a street vendor"), as long as the description opens with an article.
    /// </summary>
    public static Mention? Named(List<Token> tokens, int from, int at, int ceiling)
    {
        if (!(tokens[from].Is("a") || tokens[from].Is("an") || tokens[from].Is("the"))) return null;
        for (var phraseStart = from + 2; phraseStart <= at && phraseStart < ceiling; phraseStart++)
        {
            if (NameIn(tokens, phraseStart, ceiling) is not { } name) continue;
            var description = TokenRanges.Join(tokens, from, phraseStart);
            return new Mention(MentionKind.Person, name, description);
        }
        return null;
    }

    /// <summary>The description before a naming phrase that ends right before the name at <paramref name="nameStart"/>.</summary>
    public static string? DescriptionBefore(List<Token> tokens, int nameStart, int floor)
    {
        foreach (var phrase in NamingPhrases)
        {
            var phraseStart = nameStart - phrase.Length;
            if (phraseStart - 2 < floor || !Follows(tokens, phraseStart, nameStart + 1, phrase)) continue;
            for (var from = phraseStart - 2; from >= floor && phraseStart - from <= MaxPhraseWords; from--)
            {
                if (!tokens[from].IsWord) break;
                if (tokens[from].Is("a") || tokens[from].Is("an") || tokens[from].Is("the"))
                {
                    return TokenRanges.Join(tokens, from, phraseStart);
                }
            }
        }
        return null;
    }

    private static string? NameIn(List<Token> tokens, int at, int ceiling)
    {
        foreach (var phrase in NamingPhrases)
        {
            if (!Follows(tokens, at, ceiling, phrase)) continue;
            var nameStart = at + phrase.Length;
            var nameEnd = nameStart;
            while (nameEnd < ceiling && nameEnd - nameStart < MaxPhraseWords && IsNameWord(tokens[nameEnd])) nameEnd++;
            return nameEnd == nameStart ? null : TokenRanges.Join(tokens, nameStart, nameEnd);
        }
        return null;
    }

    private static bool IsNameWord(Token token) => token.IsCapitalized && !Lexicon.NotNames.Contains(token.Text);

    private static bool Follows(List<Token> tokens, int at, int ceiling, string[] phrase)
    {
        if (at + phrase.Length >= ceiling) return false;
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!tokens[at + i].Is(phrase[i])) return false;
        }
        return true;
    }
}
