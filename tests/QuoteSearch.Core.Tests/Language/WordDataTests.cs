using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Tests.Language;

/// <summary>The data files behind Lexicon and Genders: no duplicate entry, and no entry in two sets that contradict each other.</summary>
public sealed class WordDataTests
{
    private static readonly string[] WordLists = WordData.FileNames.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).ToArray();

    private static HashSet<string> Lemmas(string file) =>
        new(WordData.Entries(file).Select(e => e.Split(' ')[0]), StringComparer.OrdinalIgnoreCase);

    private static string[] Repeated(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();

    [Fact]
    public void Embeds_every_word_list_and_vendored_table()
    {
        string[] expected = ["cue-verbs.txt", "weak-cue-verbs.txt", "takes-object-verbs.txt", "title-words.txt", "organisation-words.txt",
            "first-names.tsv", "irregular-verbs.tsv", "verb-gerunds.tsv"];
        Assert.All(expected, f => Assert.Contains(f, WordData.FileNames));
    }

    [Fact]
    public void Lists_no_word_twice_in_one_file()
    {
        var repeated = WordLists.Select(f => (File: f, Words: Repeated(WordData.Entries(f).Select(e => e.Split(' ')[0]))))
            .Where(r => r.Words.Length > 0).Select(r => $"{r.File}: {string.Join(' ', r.Words)}");
        Assert.Empty(repeated);
    }

    [Fact]
    public void Lists_one_word_a_line()
    {
        var verbFiles = new[] { "cue-verbs.txt", "weak-cue-verbs.txt", "takes-object-verbs.txt" };
        var entries = WordLists.SelectMany(f => WordData.Entries(f).Select(e => (File: f, Entry: e)));
        Assert.DoesNotContain(entries, e =>
            e.Entry.Contains(' ')
            && !(verbFiles.Contains(e.File) && e.Entry.EndsWith(' ' + Lexicon.BareMark))
            && !IsVerbAndPrepositions(e));
    }

    /// <summary>statement-topic-verbs.txt: a lemma, then the particles its topic follows ("speak about of", "point out").</summary>
    private static bool IsVerbAndPrepositions((string File, string Entry) e) =>
        e.File == "statement-topic-verbs.txt" && e.Entry.Split(' ').Skip(1).All(w => w.All(char.IsAsciiLetterLower));

    /// <summary>Words are lowercase letters, with the dots, hyphens and apostrophes of "u.s.", "front-runner", "didn’t".</summary>
    [Fact]
    public void Spells_every_entry_as_a_lowercase_word()
    {
        var entries = WordLists.SelectMany(f => WordData.Entries(f).Select(e => (File: f, Word: e.Split(' ')[0])));
        Assert.DoesNotContain(entries, e => !System.Text.RegularExpressions.Regex.IsMatch(e.Word, @"^[a-z][a-z.'’-]*$"));
    }

    [Theory]
    [InlineData("countries.tsv")]
    [InlineData("us-states.tsv")]
    public void Lists_each_place_once_as_a_capitalised_name(string file)
    {
        Assert.Empty(Repeated(WordData.Entries(file)));
        Assert.All(WordData.Entries(file), p => Assert.True(char.IsUpper(p[0]), p));
    }

    [Fact]
    public void Gives_each_first_name_one_gender()
    {
        var rows = WordData.Rows("first-names.tsv");
        Assert.All(rows, r => Assert.True(r is [_, "male" or "female"], string.Join('\t', r)));
        Assert.Empty(Repeated(rows.Select(r => r[0])));
    }

    [Fact]
    public void Gives_each_verb_one_row_per_form()
    {
        Assert.Empty(Repeated(WordData.Rows("verb-gerunds.tsv").Select(r => r[0])));
        Assert.Empty(Repeated(WordData.Rows("irregular-verbs.tsv").Select(r => string.Join('\t', r))));
        Assert.All(WordData.Rows("irregular-verbs.tsv"), r => Assert.Equal(3, r.Length));
    }

    [Fact]
    public void Marks_no_title_both_female_and_male() =>
        Assert.Empty(WordData.Set("female-titles.txt").Intersect(WordData.Set("male-titles.txt"), StringComparer.OrdinalIgnoreCase));

    [Theory]
    [InlineData("weak-cue-verbs.txt")]
    [InlineData("takes-object-verbs.txt")]
    public void Narrows_only_verbs_that_are_cues(string file) =>
        Assert.Empty(Lemmas(file).Except(Lemmas("cue-verbs.txt"), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The cue lemmas are compiled by hand, so each must be a verb of communication in WordNet, but for those WordNet files
    /// as sounds, moods or thought and news still uses for speech ("“No,” she laughed", "he mused").
    /// </summary>
    [Fact]
    public void Draws_every_cue_lemma_from_the_verbs_of_communication_wordnet_lists()
    {
        var wordNet = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "wordnet-communication-verbs.txt"))
            .Where(l => !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        string[] filedElsewhere = ["boom", "chime", "chuckle", "fume", "laugh", "muse", "slam", "sneer", "text", "tweet"];
        Assert.Equal(filedElsewhere, Lemmas("cue-verbs.txt").Where(l => !wordNet.Contains(l)).Order());
    }

    [Fact]
    public void Leaves_out_as_nouns_only_forms_the_cue_lemmas_make()
    {
        var forms = Lemmas("cue-verbs.txt").SelectMany(VerbForms.Inflections).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(WordData.Entries("cue-verb-nouns.txt"), n => !forms.Contains(n));
    }

    /// <summary>A cue verb that is also a function word would make "has", "the" or "when" a verb of saying.</summary>
    [Theory]
    [InlineData("pronouns.txt")]
    [InlineData("determiners.txt")]
    [InlineData("prepositions.txt")]
    [InlineData("conjunctions.txt")]
    [InlineData("subordinators.txt")]
    [InlineData("auxiliaries.txt")]
    public void Keeps_function_words_out_of_the_cue_verbs(string file) => Assert.Empty(Lexicon.CueVerbs.Intersect(WordData.Set(file)));

    /// <summary>
    /// A title or organisation word in a name ("Press Secretary", "the Post") must not read as a verb of saying. Not-names
    /// may be cues: "Asked about it, X said" opens with one.
    /// </summary>
    [Theory]
    [InlineData("title-words.txt")]
    [InlineData("personal-titles.txt")]
    [InlineData("organisation-words.txt")]
    [InlineData("document-nouns.txt")]
    [InlineData("person-nouns.txt")]
    public void Keeps_titles_and_names_of_things_out_of_the_cue_verbs(string file) =>
        Assert.Empty(Lexicon.CueVerbs.Intersect(WordData.Set(file)));

    /// <summary>Names read a personal title only among the words they strip as titles.</summary>
    [Fact]
    public void Lists_every_personal_title_as_a_title_word() => Assert.Empty(Lexicon.PersonalTitles.Except(Lexicon.TitleWords));

    [Fact]
    public void Lists_every_singular_person_noun_as_a_person_noun() =>
        Assert.Empty(WordData.Set("singular-person-nouns.txt").Except(WordData.Set("person-nouns.txt"), StringComparer.OrdinalIgnoreCase));
}
