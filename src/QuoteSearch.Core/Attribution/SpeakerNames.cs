using System.Collections.Frozen;
using QuoteSearch.Core.Language;
using QuoteSearch.Core.Domain;

namespace QuoteSearch.Core.Attribution;

/// <summary>
/// The one place that decides whether a speaker is a name: a person or an organisation the article names. A
/// description ("the report", "experts", "A Vantners poll"), a fragment ("as police", "Would I"), a date, a number or
/// a sentence opener is no name, and the item keeps no speaker; an opening participle ("Hosting Lindgren") is dropped.
/// Every speaker that stays gets its <see cref="SpeakerType"/>.
/// </summary>
internal static class SpeakerNames
{
    // Lowercase words that may stand inside a name: "Bank of Port Ellery", "Bill de Wahl", "Ursula von der Heide".
    private static readonly FrozenSet<string> Inner = Lexicon.Set("of and for the on de van von der den da di du la le al bin y del dos");
    private static readonly FrozenSet<string> Articles = Lexicon.Set("the a an");

    /// <param name="lowerCase">Per article: whether a one-word name is also written in lower case there, asked once per word.</param>
    public static Quote Clean(Quote quote, AnalyzedArticle article, Dictionary<string, bool> lowerCase)
    {
        if (quote.Speaker is not { } speaker) return quote;
        var name = Name(speaker);
        // "Teachers", "Authorities", "Budget": a word the article also writes in lower case is a common word that
        // opened a sentence, not a name. Asked only of one-word speakers, so extraction does not pay for it per word.
        // An organisation word standing alone ("Times", "Alliance") is a short name however else the article uses it.
        // A transcript's label ("OSTRANDER:") names its speaker wherever it stands.
        var common = name is not null && !name.Contains(' ') && !IsAcronym(name) && !Lexicon.OrganisationWords.Contains(name)
                     && quote.Cue != Statements.TranscriptLines.Cue;
        if (common && OpensSentencesOnly(article, name!, lowerCase)) name = null;
        var names = article.Names;
        return name is null
            ? quote with { Speaker = null, Role = null, SpeakerType = null }
            : Named(quote, name, names);
    }

    private static Quote Named(Quote quote, string name, ArticleNames names)
    {
        var type = TypeOf(name, names);
        var oneWordPerson = type == SpeakerType.Person && !name.Contains(' ');
        var gender = oneWordPerson ? names.TitledGenderOf(name) : Gender.Unknown;
        return quote with
        {
            Speaker = name,
            SpeakerType = type,
            SpeakerGender = gender switch
            {
                Gender.Male => SpeakerGender.Male,
                Gender.Female => SpeakerGender.Female,
                _ => null,
            },
        };
    }

    /// <summary>The name in <paramref name="speaker"/>, or null when it is not one.</summary>
    internal static string? Name(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // "Hosting Lindgren": a participle that opened the sentence is no part of the name.
        while (words.Count > 1 && IsOpeningParticiple(words[0])) words.RemoveAt(0);
        // "But police", "When Ruiz": a sentence's opening word; "Sacramento-based Vantners": a describing compound.
        while (words.Count > 1 && (IsOpeningWord(words[0]) || IsDescribingCompound(words[0]))) words.RemoveAt(0);
        // "the Brandt-led government" cut short: a describing compound ends no name.
        if (words.Count > 0 && IsDescribingCompound(words[^1])) return null;
        // "The North Haven Gazette" is a name; "The report", "A Vantners poll", "The GOP nominee" are descriptions.
        if (words.Count > 1 && Articles.Contains(words[0]) && words.Skip(1).All(IsNameWord)) return string.Join(' ', words);
        if (words.Count == 0 || !IsCapitalised(words[0]) || !words.SkipLast(1).All(IsNameWord) || !EndsName(words)) return null;
        // "Would I": a question's opening, not a name ("Will Sunder" is one: the pronoun decides).
        if (Lexicon.Pronouns.Contains(words[^1])) return null;
        var name = string.Join(' ', words);
        return Lexicon.Places.Contains(name) || (words.Count == 1 && !IsSingleName(words[0])) ? null : name;
    }

    /// <summary>A name ends in a capitalised word, or in an organisation word after one: "Brandt campaign", "Syrian government".</summary>
    private static bool EndsName(List<string> words) =>
        IsCapitalised(words[^1]) || NamePhrase.IsSuffix(words[^1]) || (words.Count > 1 && Lexicon.OrganisationWords.Contains(words[^1]));

    private static bool IsNameWord(string word) => IsCapitalised(word) || Inner.Contains(word) || NamePhrase.IsSuffix(word);

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]) && !word.Any(char.IsDigit);

    private static bool IsOpeningWord(string word) => Lexicon.Conjunctions.Contains(word) || Lexicon.Subordinators.Contains(word);

    /// <summary>"Brandt-led", "Republican-dominated", "Sacramento-based": a name joined to a lower-case participle.</summary>
    private static bool IsDescribingCompound(string word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1) return false;
        var tail = word[(hyphen + 1)..];
        return char.IsLower(tail[0])
               && (tail.EndsWith("ed", StringComparison.Ordinal) || tail is "led" or "run" or "born" or "made" or "built");
    }

    private static bool IsOpeningParticiple(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal)
        && Genders.FromFirstName(word.ToLowerInvariant()) == Gender.Unknown;

    /// <summary>
    /// A one-word name: an acronym ("WHO", "NASA"), or a capitalised word that is not a sentence opener, date, pronoun,
    /// personal title or auxiliary ("After", "August", "His", "Would", "Mr."), not an adverb or an abbreviation
    /// ("Highly", "Va."), not a noun for people ("Doctor", "Officials", "Prosecutors").
    /// </summary>
    private static bool IsSingleName(string word)
    {
        if (IsAcronym(word)) return true;
        if (Lexicon.NotNames.Contains(word) || Lexicon.Pronouns.Contains(word) || Lexicon.PersonalTitles.Contains(word)) return false;
        if (Lexicon.Auxiliaries.Contains(word) || Lexicon.Determiners.Contains(word) || Lexicon.Subordinators.Contains(word)) return false;
        var lower = word.ToLowerInvariant();
        if (lower.EndsWith("ly", StringComparison.Ordinal) && word.Length > 4) return false;
        if (word.EndsWith('.')) return false;
        // "I’d", "I'll": a pronoun and a verb, never a name.
        if (IsContraction(word)) return false;
        return !PersonNouns.IsPersonNoun(lower) && !(lower.EndsWith('s') && PersonNouns.IsPersonNoun(lower[..^1]))
               && (Lexicon.OrganisationWords.Contains(lower) || !IsPluralOfCommonWord(lower));
    }

    /// <summary>
    /// "Traders", "Americans", "Investigations": the plural of a common word names a group or a thing, not a speaker.
    /// The plural of a first name is a surname ("Williams", "Edwards"), a brand's final s is no plural ("Vantners"), and
    /// an organisation word alone is a short name ("Times").
    /// </summary>
    private static bool IsPluralOfCommonWord(string lower) =>
        lower.Length > 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal)
        && Singulars(lower).Any(s => CommonWords.Contains(s) && Genders.FromFirstName(s) == Gender.Unknown);

    private static IEnumerable<string> Singulars(string plural)
    {
        yield return plural[..^1];
        if (plural.EndsWith("ies", StringComparison.Ordinal)) yield return plural[..^3] + "y";
        if (plural.EndsWith("es", StringComparison.Ordinal)) yield return plural[..^2];
    }

    /// <summary>
    /// Whether a one-word speaker is a common word that opened a sentence: the article also writes it in lower case
    /// ("Teachers" and "teachers"), or it is a common English word the article capitalises only where a sentence
    /// starts ("Authorities said"). "the Pentagon said" capitalises it inside a sentence: a name.
    /// </summary>
    private static bool OpensSentencesOnly(AnalyzedArticle article, string word, Dictionary<string, bool> known)
    {
        if (known.TryGetValue(word, out var seen)) return seen;
        var (lower, inside) = Writings(article.Tokens, word);
        return known[word] = lower || (CommonWords.Contains(word) && !inside);
    }

    // After a word, a comma, or a quote that does not end its sentence ("“We are done,” Jones said").
    private static bool IsInsideSentence(List<Token> tokens, int i) =>
        i > 0 && (tokens[i - 1].IsWord || tokens[i - 1].Text == "," || (tokens[i - 1].IsQuote && !tokens[i - 1].EndsSentence));

    /// <summary>Whether the article writes the word in lower case, and whether capitalised inside a sentence.</summary>
    private static (bool Lower, bool CapitalisedInside) Writings(List<List<Token>> paragraphs, string word)
    {
        var inside = false;
        foreach (var tokens in paragraphs)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                if (!token.IsWord || !token.Text.Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
                if (!token.IsCapitalized) return (true, inside);
                else if (IsInsideSentence(tokens, i)) inside = true;
            }
        }
        return (false, inside);
    }

    private static bool IsContraction(string word) =>
        word.Length <= 5 && (word.Contains('’') || word.Contains('\'')) && Lexicon.Pronouns.Contains(word.Split('’', '\'')[0]);

    private static bool IsAcronym(string word) =>
        word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.' || c == '&') && word.Any(char.IsUpper);

    /// <summary>An organisation when the article or the word lists say so, or when it is an acronym; a person otherwise.</summary>
    private static SpeakerType TypeOf(string name, ArticleNames names)
    {
        var words = name.Split(' ');
        var organisation = names.IsOrganisation(name) || Lexicon.AnyOrganisationWord(words) || words.All(IsAcronym);
        if (organisation) return SpeakerType.Organisation;
        if (words.Length > 1 || names.IsPerson(name) || Genders.FromFirstName(name) != Gender.Unknown) return SpeakerType.Person;
        // One word the article never shows to be a person ("Vantners", "Zentrix") names an organisation.
        return names.GenderOf(name) == Gender.Unknown && !names.IsPerson(name) ? SpeakerType.Organisation : SpeakerType.Person;
    }
}
