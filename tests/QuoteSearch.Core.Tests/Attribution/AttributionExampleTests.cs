using QuoteSearch.Core.Tests.Attribution.Specs;

namespace QuoteSearch.Core.Tests.Attribution;

/// <summary>
/// The attribution examples of Specs/attribution-examples.jsonl, one test case each, named by the example. The
/// pending file holds examples of kinds not handled yet; it is only checked for being readable.
/// </summary>
public sealed class AttributionExampleTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var example in AttributionExamples.Load(AttributionExamples.Main)) data.Add(example.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_holds(string name)
    {
        var example = Assert.Single(AttributionExamples.Load(AttributionExamples.Main), e => e.Name == name);
        var failures = AttributionExamples.Failures(example);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Example_names_are_unique_and_pending_examples_are_readable()
    {
        var all = AttributionExamples.Load(AttributionExamples.Main)
            .Concat(AttributionExamples.Load(AttributionExamples.Pending))
            .ToList();
        Assert.Equal(all.Count, all.Select(e => e.Name).Distinct().Count());
        Assert.All(all, e => Assert.True(e.Expect.Count + e.NotQuotes.Count > 0, e.Name));
    }
}
