using System.Runtime.InteropServices;

namespace QuoteSearch.Core.Language;

/// <summary>
/// The people (and organisations) an article names, so that every mention maps to one canonical name: a surname
/// alone ("Semyanov") becomes the fullest form the article gives ("Kirill Semyanov"), and near spellings of one
/// surname ("Vashensky", "Vashenskyy") are one person, named as the article first names them. Also remembers where
/// each person was mentioned and whether as a subject, and their gender when titles or first names tell it, so
/// "he" and "the senator" can be resolved to the person the article means.
/// </summary>
internal sealed partial class ArticleNames
{
    private const int MentionReach = 2;
    private const int MaxPronounChain = 4;

    private readonly List<(string FullName, string Surname)> fullNames = [];
    private readonly List<NameMention> mentions = [];
    // "a Gazette article", "Brandt's statement": who a document speaks for, in reading order.
    private readonly List<(string Noun, string Owner, int Paragraph, int Position)> documentOwners = [];
    private readonly Dictionary<string, string> spellingOfKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> keyOfSpelling = new(StringComparer.Ordinal);
    // The keys again, by first letter in order of addition: a near spelling shares the first letter (Spellings.Near).
    private readonly Dictionary<char, List<string>> keysByInitial = [];
    private readonly Dictionary<string, string> surnameKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Gender> genders = new(StringComparer.OrdinalIgnoreCase);
    // Genders known only from a first name ("Terry", "Jordan" can be either): a guess the text may overrule.
    private readonly HashSet<string> guessedGenders = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> titled = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> organisations = new(StringComparer.OrdinalIgnoreCase);

    // Built once the whole article is read; Canonical is asked the same few names many times.
    private readonly Dictionary<string, List<string>> fullNamesBySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> canonicalCache = new(StringComparer.Ordinal);
    private bool complete;

    /// <summary>A name as written without titles, or a subject pronoun (Name null) that carries the last person forward.</summary>
    /// <param name="Sentence">The sentence's number in its paragraph.</param>
    /// <param name="BeforeVerb">Whether a lower-case word that can be a verb follows ("Blue Lantern have denied").</param>
    private readonly record struct NameMention(
        string? Name, string? Key, int Paragraph, int Position, bool Subject, int Sentence, bool BeforeVerb = false,
        Gender Gender = Gender.Unknown);

    /// <param name="paragraphs">Tokens of each paragraph with quotations masked.</param>
    /// <param name="title">The title's tokens, or null: only the full names inside it are read (see <see cref="AddInnerNames"/>).</param>
    public ArticleNames(IEnumerable<(int Paragraph, List<Token> Tokens)> paragraphs, List<Token>? title = null)
    {
        foreach (var (paragraph, tokens) in paragraphs)
        {
            var sentence = 0;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsSentenceEnd) sentence++;
                if (tokens[i].Text is "he" or "He" or "she" or "She" && IsSubjectPronoun(tokens, i))
                {
                    mentions.Add(new NameMention(
                        null, null, paragraph, tokens[i].Start, true, sentence, Gender: Genders.OfPronoun(tokens[i].Text)));
                    continue;
                }
                if (!tokens[i].IsCapitalized) continue;
                var (run, end) = RunAt(tokens, i);
                AddInnerNames(run, opensSentence: i == 0 || tokens[i - 1].IsSentenceEnd);
                var key = Add(run, out var written, DescribedGender(tokens, i, end));
                // "Brandt's plan", "the Halloran campaign", "told Jones": the name is not who acts.
                var modifier = NounPhrases.IsPossessive(tokens[end - 1].Text)
                               || (i > 0 && tokens[i - 1].Text is "the" or "The" or "a" or "an")
                               || (end < tokens.Count && tokens[end].IsWord && Lexicon.OrganisationWords.Contains(tokens[end].Text))
                               || ModifiesRoleOfName(tokens, end);
                var subject = !modifier && !NamePhrase.IsObjectPosition(tokens, i);
                if (key is not null)
                {
                    mentions.Add(new NameMention(
                        written, key, paragraph, tokens[i].Start, subject, sentence,
                        IsVerbLike(tokens, end) || IsAppositive(tokens, i, end)));
                }
                if (key is not null && end < tokens.Count && Lexicon.DocumentNouns.Contains(tokens[end].Text))
                {
                    var owner = run.SkipWhile(w => w is "The" or "A" or "An" || Lexicon.Determiners.Contains(w)).ToList();
                    if (owner.Count > 0)
                    {
                        documentOwners.Add((tokens[end].Text.ToLowerInvariant(), string.Join(' ', owner), paragraph, tokens[end].Start));
                    }
                }
                i = Math.Max(i, end - 1);
            }
        }
        if (title is not null) AddTitleNames(title);
        foreach (var (fullName, surname) in fullNames)
        {
            if (!fullNamesBySurname.TryGetValue(surname, out var list)) fullNamesBySurname[surname] = list = [];
            list.Add(fullName);
        }
        complete = true;
    }

    // "The company that runs the awards, Harbour Productions, denies ...": a name between commas renames the subject.
    private static bool IsAppositive(List<Token> tokens, int start, int end) =>
        start > 0 && tokens[start - 1].Text == "," && end + 1 < tokens.Count && tokens[end].Text == "," && IsVerbLike(tokens, end + 1);

    private static bool IsVerbLike(List<Token> tokens, int at) =>
        at < tokens.Count && tokens[at].IsWord && !tokens[at].IsCapitalized && !Lexicon.Prepositions.Contains(tokens[at].Text)
        && !Lexicon.Determiners.Contains(tokens[at].Text) && !Lexicon.Conjunctions.Contains(tokens[at].Text);

    /// <param name="described">The gender an appositive description gives the name ("the first lady, ..."), or unknown.</param>
    private string? Add(List<string> run, out string written, Gender described = Gender.Unknown)
    {
        written = "";
        // The name follows the last title or common word in the run: "Pennsylvania Gov. Ed Marwood".
        var start = 0;
        var gender = Gender.Unknown;
        var hasTitle = false;
        for (var t = run.Count - 2; t >= 0; t--)
        {
            if (!IsTitleOrCommonWord(run[t])) continue;
            start = t + 1;
            break;
        }
        // "Actor Clint Marwick", "Cmdr. Sean Tolland": role words before a known first name are no part of the name.
        if (run.Count - start >= 3) start = GivenNameWords.NameStart(i => run[i], start, run.Count - 1);
        for (var t = 0; t < start; t++)
        {
            if (gender == Gender.Unknown) gender = Genders.FromTitle(run[t]);
            hasTitle |= Lexicon.PersonalTitles.Contains(run[t]);
        }
        var name = start == 0 ? run : run.GetRange(start, run.Count - start);
        var titleOnly = name.Count == 1 && (Lexicon.TitleWords.Contains(name[0]) || Lexicon.NotNames.Contains(name[0]));
        if (name.Count == 0 || (titleOnly && !IsNamedSurname(run, start)))
        {
            return null;
        }
        var key = KeyFor(NamePhrase.Surname(name));
        // "Zarielle Lindahl ... she says": a mention keeps its given name, so she is not another Lindahl; a capitalised
        // common word ("Team Brandt", "Whatever Brandvik") is no given name and leaves the surname alone.
        written = name.Count is >= 2 and <= 5 && GivenNameWords.IsLikely(name[0]) ? string.Join(' ', name) : key;
        // "Ohio Democratic Party Chairman David Pemberton" is a person: only the name itself says organisation.
        var isOrganisation = Lexicon.AnyOrganisationWord(name);
        // "North Haven", "Port Ellery" are places; "North Haven Gazette", "Port Ellery Council" are named after one and speak.
        var afterPlacePrefix = name.Count > 1 && Lexicon.PlacePrefixes.Contains(name[0]);
        var isPlace = !isOrganisation && ((afterPlacePrefix && name.Count == 2) || Lexicon.PlaceWords.Contains(name[^1]));
        var namedAfterPlace = !isOrganisation && !isPlace && afterPlacePrefix;
        if (isOrganisation || isPlace || namedAfterPlace) organisations.Add(key);
        if (gender == Gender.Unknown) gender = described;
        var guessed = gender == Gender.Unknown && name.Count >= 2;
        if (guessed) gender = Genders.FromFirstName(name[0]);
        var genderKey = name.Count >= 2 ? string.Join(' ', name) : key;
        if (gender != Gender.Unknown && genders.TryAdd(genderKey, gender) && guessed) guessedGenders.Add(genderKey);
        if (hasTitle) titled.Add(key);
        // Organisations get a full form too ("the Gazette" → "Port Ellery Gazette"); places do not speak.
        if (name.Count is >= 2 and <= 5 && !isPlace && name.All(t => char.IsLetter(t[0]) || t[0] == '"'))
        {
            fullNames.Add((string.Join(' ', name), key));
        }
        return key;
    }

    /// <summary>
    /// "Rosalind Halloran Goes After Oskar Brandt As The New Tobias Lindgren": a headline in title case is one capitalised
    /// run, and <see cref="Add"/> reads only the name that ends it. The names inside it (two or three words from a known
    /// first name up to a common word) are full names the article gives too, so "Halloran said" below is Rosalind. Not a
    /// question's opening verb ("Will Chirpline Survive") nor words in capitals, which shout and name no one.
    /// </summary>
    /// <param name="opensSentence">Whether the run's first word opens a sentence or the headline.</param>
    /// <param name="fromTitle">A headline's run: its last segment counts too (no mention reads it), and a name counts only
    /// when the body names no one in full with its surname, so the headline fills a gap and never outvotes the body.</param>
    private void AddInnerNames(List<string> run, bool opensSentence, bool fromTitle = false)
    {
        // A name inside a body's run needs two words and a common word after them; most runs are one or two words.
        if (!fromTitle && run.Count < 3) return;
        var start = 0;
        for (var t = 0; t <= run.Count; t++)
        {
            var last = t == run.Count;
            if (last ? !fromTitle : !EndsInnerName(run[t])) continue;
            var (from, count) = (start, t - start);
            start = t + 1;
            if (!IsInnerName(CollectionsMarshal.AsSpan(run).Slice(from, count), opensSentence && from == 0)) continue;
            var name = run.GetRange(from, count);
            if (fromTitle && fullNames.Exists(f => f.Surname == KeyFor(NamePhrase.Surname(name)))) continue;
            Add(name, out _);
        }
    }

    private static bool EndsInnerName(string word) =>
        !NamePhrase.IsSuffix(word) && (IsTitleOrCommonWord(word) || (CommonWords.Contains(word) && !GivenNameWords.IsKnownFirstName(word)));

    private static bool IsInnerName(ReadOnlySpan<string> name, bool opensSentence)
    {
        if (name.Length is not (2 or 3) || !GivenNameWords.IsKnownFirstName(name[0])) return false;
        if (opensSentence && Lexicon.Auxiliaries.Contains(name[0])) return false;
        foreach (var word in name)
        {
            if (IsShouted(word)) return false;
        }
        return true;
    }

    /// <summary>A headline's names, read after the body's: only the full names inside its runs, none of them a mention.</summary>
    private void AddTitleNames(List<Token> title)
    {
        for (var i = 0; i < title.Count; i++)
        {
            if (!title[i].IsCapitalized) continue;
            var (run, end) = RunAt(title, i);
            // A headline has no sentences to tell a question's "Will" from a name's: each run is read as an opening.
            AddInnerNames(run, opensSentence: true, fromTitle: true);
            i = Math.Max(i, end - 1);
        }
    }

    /// <summary>The capitalised run at <paramref name="i"/> (a possessive ends it): its words without "'s", and its end.</summary>
    private static (List<string> Run, int End) RunAt(List<Token> tokens, int i)
    {
        var end = i;
        while (end < tokens.Count && ContinuesNameRun(tokens, end)) end++;
        if (end < tokens.Count && tokens[end].IsCapitalized && NounPhrases.IsPossessive(tokens[end].Text)) end++;
        var run = new List<string>(end - i);
        foreach (var token in TokenRanges.Of(tokens, i, end)) run.Add(NamePhrase.StripPossessive(token.Text));
        return (run, end);
    }

    private static bool IsShouted(string word) => word.Count(char.IsLetter) >= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

    /// <summary>
    /// "Mr. King" after "Tobias King": a courtesy title before a word that is also a title ("King", "Bishop", "Judge")
    /// makes it a surname when the article has named someone in full with it; "Mr. President" stays a form of address.
    /// </summary>
    private bool IsNamedSurname(List<string> run, int start) =>
        start > 0 && run.Count - start == 1 && Genders.IsGenderedCourtesyTitle(run[start - 1])
        && fullNames.Exists(f => f.Surname.Equals(KeyFor(run[start]), StringComparison.OrdinalIgnoreCase));

    /// <summary>A title, a word that is never a name, or an organisation word: the name starts after the last one.</summary>
    private static bool IsTitleOrCommonWord(string word) =>
        Lexicon.TitleWords.Contains(word) || Lexicon.NotNames.Contains(word) || Lexicon.OrganisationWords.Contains(word);

    /// <summary>A capitalised word or a connector ("van", "de"), not a possessive: the run of a name goes on.</summary>
    private static bool ContinuesNameRun(List<Token> tokens, int i) =>
        (tokens[i].IsCapitalized || NamePhrase.IsConnector(tokens, i)) && !NounPhrases.IsPossessive(tokens[i].Text);

    /// <summary>The canonical form of a name as written at a cue.</summary>
    public string Canonical(string written)
    {
        if (complete && canonicalCache.TryGetValue(written, out var cached)) return cached;
        var canonical = ComputeCanonical(written);
        if (complete) canonicalCache[written] = canonical;
        return canonical;
    }

    private string ComputeCanonical(string written)
    {
        var parts = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NamePhrase.StripPossessive).ToList();
        if (parts.Count == 0) return written;
        var key = KeyFor(NamePhrase.Surname(parts));
        var first = parts.Count > 1 ? parts[0] : null;
        var forms = new List<string>();
        foreach (var form in FullNamesOf(key))
        {
            if (first is null || HasGivenName(form, first)) forms.Add(form);
        }
        var referent = first is null && forms.Count > 0
            ? SurnameReferent.FormsOfLikeliest(forms, genders.GetValueOrDefault(key), FullNameGender, TitledGender)
            : forms;
        var candidates = MostWrittenFirst(referent);
        // "Bobby Lindahl" written often, "Robert C. "Bobby" Lindahl" once: one person, named in full by the longer form
        // (a form with a middle initial, so a headline's "Rival Rosalind Halloran" is not taken for a fuller name).
        if (candidates.Count > 1
            && candidates.Skip(1)
                .Where(c => SurnameReferent.InOrder(c, candidates[0]) && HasInitial(c))
                .MaxBy(c => c.Length) is { } fuller)
        {
            candidates.Insert(0, fuller);
        }
        // "IMF" for the "International Monetary Fund" the article names in full.
        if (candidates.Count == 0 && parts.Count == 1 && IsAcronym(parts[0]) && Expansion(parts[0]) is { } expanded) return expanded;
        // "Brightwater said" after "Brightwater Energy": a company goes by the first word of its name.
        if (candidates.Count == 0 && parts.Count == 1 && OrganisationStartingWith(parts[0]) is { } organisation) return organisation;
        // A bare surname the article never spells out stays that surname.
        return WithSpelling(candidates.FirstOrDefault() ?? string.Join(' ', parts), key);
    }

    /// <summary>The distinct forms, the most written first, then the longest; no sorting for none or one.</summary>
    private static List<string> MostWrittenFirst(IReadOnlyList<string> forms)
    {
        if (forms.Count == 0) return [];
        if (forms.All(f => f == forms[0])) return [forms[0]];
        return forms
            .GroupBy(f => f)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .Select(g => g.Key)
            .ToList();
    }

    // "Rosalynd Halloran" once among many "Rosalind Halloran": a misspelt given name is the same given name.
    private static bool HasGivenName(string fullName, string given) =>
        fullName.StartsWith(given, StringComparison.OrdinalIgnoreCase)
        || fullName.Split(' ').Any(w => SurnameReferent.SameGivenName(w, given));

    private Gender FullNameGender(string fullName) => genders.GetValueOrDefault(fullName);

    private Gender TitledGender(string fullName) => guessedGenders.Contains(fullName) ? Gender.Unknown : FullNameGender(fullName);

    private string? OrganisationStartingWith(string word)
    {
        var named = fullNames.Where(f => organisations.Contains(f.Surname) && f.FullName.StartsWith(word + " ", StringComparison.Ordinal))
            .Select(f => f.FullName).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    private string? Expansion(string acronym) => fullNames
        .Select(f => f.FullName)
        .FirstOrDefault(f => string.Concat(f.Split(' ').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => w[0])) == acronym);

    private static bool HasInitial(string name) => name.Split(' ').Any(w => w.Length == 2 && char.IsUpper(w[0]) && w[1] == '.');

    /// <summary>Who the last document of this kind named before a position belongs to: "the article" after "a Gazette article".</summary>
    public string? OwnerOf(string documentNoun, int paragraph, int position)
    {
        for (var i = documentOwners.Count - 1; i >= 0; i--)
        {
            var (noun, owner, p, at) = documentOwners[i];
            if (p > paragraph || (p == paragraph && at > position)) continue;
            if (p < paragraph - MentionReach * 3) break;
            if (noun.Equals(documentNoun, StringComparison.OrdinalIgnoreCase)) return Canonical(owner);
        }
        return null;
    }

    /// <summary>Whether a name is surely a person: the article gives a full name or a personal title for it.</summary>
    public bool IsPerson(string name)
    {
        var key = SurnameKey(name);
        return !organisations.Contains(key) && (titled.Contains(key) || FullNamesOf(key).Any());
    }

    private IEnumerable<string> FullNamesOf(string key) =>
        complete
            ? fullNamesBySurname.GetValueOrDefault(key) ?? (IEnumerable<string>)[]
            : fullNames.Where(f => f.Surname.Equals(key, StringComparison.OrdinalIgnoreCase)).Select(f => f.FullName);

    public bool IsOrganisation(string name) => organisations.Contains(SurnameKey(name));

    /// <summary>
    /// A person's gender, known per full name (the Hallorans differ), else per surname when the article names only one
    /// such person.
    /// </summary>
    public Gender GenderOf(string name) => GenderOf(name, trustFirstNames: true);

    /// <summary>Like <see cref="GenderOf(string)"/>, from titles only: a first name's usual gender is no proof.</summary>
    public Gender TitledGenderOf(string name) => GenderOf(name, trustFirstNames: false);

    private Gender GenderOf(string name, bool trustFirstNames)
    {
        var canonical = Canonical(name);
        if (genders.TryGetValue(canonical, out var gender)) return Trusted(canonical, gender);
        if (genders.TryGetValue(name, out gender)) return Trusted(name, gender);
        var key = SurnameKey(canonical);
        var sharing = FullNamesOf(key).Distinct().ToList();
        return sharing.Count <= 1 ? Trusted(key, genders.GetValueOrDefault(key)) : Gender.Unknown;

        Gender Trusted(string known, Gender value) => trustFirstNames || !guessedGenders.Contains(known) ? value : Gender.Unknown;
    }

    private string WithSpelling(string name, string key)
    {
        var surname = NamePhrase.Surname(name.Split(' '));
        var preferred = spellingOfKey.GetValueOrDefault(key, surname);
        return surname == preferred ? name : name[..name.LastIndexOf(surname, StringComparison.Ordinal)] + preferred;
    }

    /// <summary>Groups near spellings of a surname under one key: the first spelling seen that is one edit away.</summary>
    /// <remarks>
    /// Remembered per spelling: a near spelling otherwise compared itself with every known key at each mention. The
    /// answer cannot change later, as keys are only added and the first near one in order of addition wins.
    /// </remarks>
    private string KeyFor(string surname)
    {
        if (keyOfSpelling.TryGetValue(surname, out var remembered)) return remembered;
        var key = surname;
        if (!spellingOfKey.ContainsKey(surname))
        {
            var sameInitial = surname.Length > 0 ? keysByInitial.GetValueOrDefault(surname[0]) : null;
            key = sameInitial?.Find(known => Identity.Spellings.Near(known, surname)) ?? surname;
            if (key == surname) AddKey(surname);
        }
        keyOfSpelling[surname] = key;
        return key;
    }

    private void AddKey(string surname)
    {
        spellingOfKey[surname] = surname;
        if (surname.Length == 0) return;
        if (!keysByInitial.TryGetValue(surname[0], out var keys)) keysByInitial[surname[0]] = keys = [];
        keys.Add(surname);
    }

    /// <summary>The surname key of a name as written ("Kirill Semyanov" → "Semyanov", "Bobby Lindahl Jr." → "Lindahl").</summary>
    private string SurnameKey(string name)
    {
        if (surnameKeys.TryGetValue(name, out var key)) return key;
        return surnameKeys[name] = KeyFor(NamePhrase.Surname(name.Split(' ')));
    }
}
