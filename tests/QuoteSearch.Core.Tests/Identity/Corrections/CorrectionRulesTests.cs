using QuoteSearch.Core.Identity;
using QuoteSearch.Core.Identity.Corrections;

namespace QuoteSearch.Core.Tests.Identity.Corrections;

public sealed class CorrectionRulesTests
{
    private static readonly IReadOnlyList<SpeakerGroup> Groups =
    [
        new("harriet-ostrander", "Harriet Ostrander", SpeakerGroup.Person, ["harriet-ostrander", "ostrander"]),
        new("walter-ostrander", "Walter Ostrander", SpeakerGroup.Person, ["walter-ostrander"]),
        new("hra", "HRA", SpeakerGroup.Organisation, ["hra"]),
    ];

    private static readonly Dictionary<string, string> Names = new()
    {
        ["harriet-ostrander"] = "Harriet Ostrander", ["ostrander"] = "Ostrander",
            ["walter-ostrander"] = "Walter Ostrander", ["hra"] = "HRA",
    };

    private static string Show(IEnumerable<SpeakerGroup> groups) =>
        string.Join(" | ", groups.OrderBy(g => g.Id, StringComparer.Ordinal).Select(g => $"{g.Id}={g.Name}:{string.Join(',', g.Members)}"));

    public static TheoryData<string, SpeakerCorrection[], string> Cases => new()
    {
        {
            "a merge moves every name of one speaker into the other, whose id and name stay",
            [new(1, SpeakerCorrection.Merge, "ed", default) { Speaker = "walter-ostrander", Into = "harriet-ostrander" }],
            "harriet-ostrander=Harriet Ostrander:harriet-ostrander,ostrander,walter-ostrander | "
            + "hra=HRA:hra"
        },
        {
            "a rename changes the name shown, not the id",
            [new(1, SpeakerCorrection.Rename, "ed", default) { Speaker = "hra", Name = "Harbour Rail Authority" }],
            "harriet-ostrander=Harriet Ostrander:harriet-ostrander,ostrander | "
            + "hra=Harbour Rail Authority:hra | "
            + "walter-ostrander=Walter Ostrander:walter-ostrander"
        },
        {
            "a split makes an alias a speaker of its own",
            [new(1, SpeakerCorrection.Split, "ed", default) { Speaker = "harriet-ostrander", Alias = "ostrander" }],
            "harriet-ostrander=Harriet Ostrander:harriet-ostrander | "
            + "hra=HRA:hra | "
            + "ostrander=Ostrander:ostrander | "
            + "walter-ostrander=Walter Ostrander:walter-ostrander"
        },
        {
            "a split alias can then be merged elsewhere",
            [
                new(1, SpeakerCorrection.Split, "ed", default) { Speaker = "harriet-ostrander", Alias = "ostrander" },
                new(2, SpeakerCorrection.Merge, "ed", default) { Speaker = "ostrander", Into = "walter-ostrander" },
            ],
            "harriet-ostrander=Harriet Ostrander:harriet-ostrander | "
            + "hra=HRA:hra | "
            + "walter-ostrander=Walter Ostrander:walter-ostrander,ostrander"
        },
        {
            "a correction about a speaker the index no longer holds does nothing",
            [new(1, SpeakerCorrection.Merge, "ed", default) { Speaker = "gone", Into = "harriet-ostrander" }],
            "harriet-ostrander=Harriet Ostrander:harriet-ostrander,ostrander | "
            + "hra=HRA:hra | "
            + "walter-ostrander=Walter Ostrander:walter-ostrander"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Corrections_apply_in_the_order_made(string because, SpeakerCorrection[] corrections, string expected) =>
        Assert.True(Show(CorrectionRules.Apply(Groups, id => Names[id], corrections)) == expected, because);
}
