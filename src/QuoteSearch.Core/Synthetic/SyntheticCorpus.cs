using System.Globalization;
using System.Text;

namespace QuoteSearch.Core.Synthetic;

/// <summary>
/// Deterministic news-like articles for benchmarks and crash tests: realistic paragraph lengths, speakers with
/// titles, surname-only mentions, spelling variants and pronouns, and quotes in every supported style.
/// The same seed always gives the same articles.
/// </summary>
public sealed class SyntheticCorpus(int seed)
{
    private static readonly (string First, string Last, string Role, bool Female)[] People =
    [
        ("Maria", "Kowalska", "Foreign Minister", true), ("John", "Whitfield", "Sen.", false), ("Aisha", "Rahman", "Gov.", true),
        ("Pedro", "Alvarez", "Mayor", false), ("Elena", "Petrova", "Russian negotiator", true), ("Tom", "Okafor", "Rep.", false),
        ("Grace", "Lindqvist", "Prime Minister", true), ("Viktor", "Zelensky", "President", false),
        ("Hannah", "Brooks", "spokeswoman", true),
        ("David", "Mendel", "economist", false), ("Sofia", "Marchetti", "Defense Secretary", true), ("Ken", "Tanaka", "trade envoy", false),
    ];

    private static readonly string[] Words = ("the talks people country government economy war peace deal plan vote election city " +
        "workers families prices energy security border trade tax budget health schools police court law rights future " +
        "week month year today tomorrow week progress agreement support pressure crisis growth jobs market bank rates " +
        "will must should can cannot never always now again still already more less very clearly really quickly " +
        "build protect fight win lose help change reform cut raise open close sign reject accept expect need want").Split(' ');

    private static readonly string[] Outlets = ["daily-planet.example", "morning-post.example", "wire.example", "gazette.example"];

    private static readonly string[] Syllables =
        "ka lo mi ran te su vol dar in ek bra to fen li mor sa gu pel ten vi ros al cha nor de".Split(' ');

    /// <summary>Rarer words, so term frequencies fall off as in real text (Zipf) instead of every word being common.</summary>
    private static readonly string[] RareWords = Enumerable.Range(0, 20_000)
        .Select(i => Syllables[i % 25] + Syllables[i / 25 % 25]
            + (i >= 625 ? Syllables[i / 625 % 25] : "") + (i >= 15_625 ? Syllables[i / 15_625] : ""))
        .ToArray();

    /// <summary>Besides the regulars above, a crowd of people quoted now and then, as in a real news stream.</summary>
    private static readonly (string First, string Last, string Role, bool Female)[] Crowd = Enumerable.Range(0, 3000)
        .Select(i => (
            Capitalise(Syllables[i % 25] + Syllables[i / 25 % 25]),
            Capitalise(Syllables[i / 7 % 25] + Syllables[i % 23] + "ski"),
            i % 3 == 0 ? "analyst" : "official",
            i % 2 == 0))
        .ToArray();

    private readonly Random random = new(seed);

    public sealed record Item(string FileName, string Text, string Url);

    public IEnumerable<Item> Articles(int count)
    {
        for (var n = 0; n < count; n++) yield return Article(n);
    }

    private Item Article(int n)
    {
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 900));
        var people = Enumerable.Range(0, 3)
            .Select(_ => random.Next(3) == 0 ? People[random.Next(People.Length)] : Crowd[random.Next(Crowd.Length)])
            .Distinct()
            .ToList();
        var text = new StringBuilder();
        text.Append("date ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append(Capitalise(Sentence(6, false))).Append("\n\n");
        var paragraphs = random.Next(6, 14);
        for (var p = 0; p < paragraphs; p++)
        {
            var who = people[random.Next(people.Count)];
            text.Append(Paragraph(who, p == 0)).Append("\n\n");
        }
        var outlet = Outlets[n % Outlets.Length];
        return new Item($"synthetic-{seed}-{n:D7}.txt", text.ToString(), $"https://{outlet}/{date:yyyy/MM/dd}/story-{n}");
    }

    private string Paragraph((string First, string Last, string Role, bool Female) who, bool first)
    {
        var full = $"{who.First} {who.Last}";
        var surname = random.Next(10) == 0 && who.Last == "Zelensky" ? "Zelenskyy" : who.Last;
        var pronoun = who.Female ? "she" : "he";
        var quote = Capitalise(Sentence(random.Next(8, 25), true));
        return random.Next(first ? 4 : 9) switch
        {
            0 => $"{who.Role} {full} said: “{quote}”",
            1 => $"“{quote},” said {who.Role} {full}.",
            2 => $"“{quote},” {surname} said. “{Capitalise(Sentence(10, true))}.”",
            3 => $"“{Sentence(8, false)},” {pronoun} said, “{Sentence(9, false)}.”",
            4 => $"{surname} told reporters that “{Sentence(12, false)}.” {Capitalise(Sentence(15, false))}.",
            5 => $"According to {surname}, {Sentence(14, false)}.",
            6 => $"{surname} said that {Sentence(14, false)}, and {Sentence(8, false)}.",
            7 => $"{Capitalise(Sentence(12, false))}, {surname} blasted critics for trying to “{Sentence(3, false)}” "
                + $"the {Sentence(3, false)}.",
            _ => $"{Capitalise(Sentence(18, false))}. {Capitalise(Sentence(20, false))}.",
        };
    }

    private string Sentence(int words, bool withComma)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) builder.Append(withComma && i == words / 2 ? ", " : " ");
            // Half the words from a small common vocabulary, half Zipf-distributed over many rarer ones.
            builder.Append(random.Next(2) == 0
                ? Words[random.Next(Words.Length)]
                : RareWords[(int)(RareWords.Length * Math.Pow(random.NextDouble(), 3))]);
        }
        return builder.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
