namespace QuoteSearch.Core.Language;

/// <summary>
/// Splits a paragraph into words and punctuation, with each quotation collapsed into one <see cref="TokenKind.Quote"/>
/// token. Abbreviations and initials keep their period (Sen., U.S., J.) so they do not end sentences.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "rev",
        "prof", "pres", "sec", "atty", "supt", "dept", "corp", "inc", "co", "ltd", "vs", "jan", "feb", "mar", "apr", "aug",
        "sept", "sep", "oct", "nov", "dec", "no", "mt", "ft", "adm", "cmdr", "del", "ret", "sen", "reps", "sens",
        "u.s", "u.n", "u.k", "d.c", "e.g", "i.e", "a.m", "p.m",
    };

    /// <summary>US state abbreviations (case-sensitive, so "ill." or "wash." still end sentences).</summary>
    private static readonly HashSet<string> States = new(
        ("Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa "
            + "Tenn Tex Va Vt Wash Wis Wyo N.Y N.J N.C S.C N.H N.M N.D S.D W.Va R.I").Split(' '),
        StringComparer.Ordinal);

    public static List<Token> Tokenize(string text, IReadOnlyList<(int Open, int After, bool EndsSentence)> quotes)
    {
        var tokens = new List<Token>(text.Length / 5 + 4); // about one token per five characters: no regrowth
        var q = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (q < quotes.Count && i >= quotes[q].Open)
            {
                var mark = quotes[q].EndsSentence ? Token.QuoteEndingSentence : "\"";
                tokens.Add(new Token(TokenKind.Quote, mark, quotes[q].Open, quotes[q].After, q));
                i = Math.Max(i, quotes[q].After);
                q++;
                continue;
            }
            var c = text[i];
            // Double quote marks outside any quotation (a nickname's, a stray one) would only split a name in two.
            if (char.IsWhiteSpace(c) || c is '"' or '“' or '”' or '„' or '«' or '»')
            {
                i++;
                continue;
            }
            var limit = q < quotes.Count ? quotes[q].Open : text.Length;
            if (char.IsLetterOrDigit(c))
            {
                var end = WordEnd(text, i, limit);
                tokens.Add(new Token(TokenKind.Word, text[i..end], i, end));
                i = end;
                continue;
            }
            tokens.Add(new Token(TokenKind.Punct, Punctuation(c), i, i + 1));
            i++;
        }
        return tokens;
    }

    // One string per punctuation mark below U+2100 (dashes, quote marks included), made when first met, not one per
    // occurrence. Two threads meeting a mark at once both make it: either string is right.
    private static readonly string?[] PunctuationStrings = new string?[0x2100];

    private static string Punctuation(char c) => c < PunctuationStrings.Length ? PunctuationStrings[c] ??= c.ToString() : c.ToString();

    /// <summary>"J." or "J.J." (an initial or run of initials, as in "J.J. Halden"): its last period is not a full stop.</summary>
    private static bool IsInitials(ReadOnlySpan<char> word)
    {
        foreach (var part in word.Split('.'))
        {
            if (part.End.Value - part.Start.Value != 1 || !char.IsUpper(word[part.Start])) return false;
        }
        return true;
    }

    // Every word before a full stop is checked: looked up as spans, not as new strings.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StateLookup =
        States.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Brandt said.Brandt claimed": copy that lost the space after a full stop (never "U.S.Army" or "Ph.D").</summary>
    private static bool MissingSpace(string text, int dot, int limit) =>
        dot > 0 && char.IsLower(text[dot - 1]) && char.IsUpper(text[dot + 1]) && dot + 2 < limit && char.IsLower(text[dot + 2]);

    private static int WordEnd(string text, int start, int limit)
    {
        var i = start;
        while (i < limit)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if ((c is '-' or '’' or '\'' or '.' or '&')
                     && i + 1 < limit
                     && char.IsLetterOrDigit(text[i + 1])
                     && !(c == '.' && MissingSpace(text, i, limit)))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        // Keep the period of an abbreviation or an initial.
        if (i < limit && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            var tail = word[(word.LastIndexOf('-') + 1)..]; // party tags: R-Fla.
            var abbreviation = AbbreviationLookup.Contains(word) && !(IsNumberSign(word) && !NumberFollows(text, i + 1));
            if (IsInitials(word) || abbreviation || StateLookup.Contains(tail)) i++;
        }
        return i;
    }

    // "No. 5" abbreviates "number"; "No. He has money" is an answer that ends its sentence.
    private static bool IsNumberSign(ReadOnlySpan<char> word) => word.Equals("no", StringComparison.OrdinalIgnoreCase);

    private static bool NumberFollows(string text, int at)
    {
        while (at < text.Length && text[at] == ' ') at++;
        return at < text.Length && char.IsDigit(text[at]);
    }
}
