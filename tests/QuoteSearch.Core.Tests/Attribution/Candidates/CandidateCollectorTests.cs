using QuoteSearch.Core.Attribution;
using QuoteSearch.Core.Attribution.Candidates;
using QuoteSearch.Core.Attribution.Choice;
using QuoteSearch.Core.Extraction;
using QuoteSearch.Core.Tests.Support;

namespace QuoteSearch.Core.Tests.Attribution.Candidates;

/// <summary>Which units propose which candidates: recorded with the fixed rules choosing, so the model plays no part.</summary>
public sealed class CandidateCollectorTests
{
    private static List<CandidateSet> Sets(params string[] paragraphs)
    {
        var sets = new List<CandidateSet>();
        var attributor = new SpeakerAttributor(AttributionUnits.All, new RecordingChooser(RuleChooser.Instance, (set, _) => sets.Add(set)));
        new ExtractionPipelineBuilder().WithAttributor(attributor).Build().Extract(Articles.Of(paragraphs));
        return sets;
    }

    private static SpeakerCandidate Candidate(CandidateSet set, string name) => Assert.Single(set.Candidates, c => c.Speaker.Name == name);

    [Fact]
    public void A_cue_after_the_quote_proposes_its_speaker_as_the_rule_pick()
    {
        var candidate = Candidate(Assert.Single(Sets("“We are ready,” Ana Ruiz said.")), "Ana Ruiz");
        Assert.True(candidate.RulePick);
        Assert.Contains(candidate.Proposals, p => p is { Unit: AttributionUnits.After, Verb: "said" });
    }

    [Fact]
    public void The_named_subject_of_the_sentence_before_a_cueless_quote_is_a_candidate()
    {
        var set = Assert.Single(Sets("Mayor Ana Ruiz turned to the crowd. “We are not done.”"));
        Assert.Contains(Candidate(set, "Ana Ruiz").Proposals, p => p.Unit == AttributionUnits.PreviousSubject);
    }

    [Theory]
    [InlineData("And from Chairwoman Ana Ruiz:", ":", "Chairwoman")]
    [InlineData("From the desk of Ana Ruiz, chief analyst, Northwind Research.", null, "chief analyst, Northwind Research")]
    public void A_lead_in_line_before_the_quote_paragraph_proposes_its_name_and_role(string leadIn, string? verb, string role)
    {
        var set = Assert.Single(Sets("The agency released two statements.", leadIn, "“The work goes on.”"));
        var proposal = Assert.Single(Candidate(set, "Ana Ruiz").Proposals, p => p.Unit == AttributionUnits.LeadIn);
        Assert.Equal((verb, role), (proposal.Verb, proposal.Speaker.Role));
    }

    [Fact]
    public void People_named_nearby_are_candidates_ranked_from_the_quote_back()
    {
        var set = Assert.Single(Sets("Ana Ruiz met Tom Reed on Friday. The talks went well. “We are close.”"));
        var ranks = set.Candidates.SelectMany(c => c.Proposals).Where(p => p.Unit == AttributionUnits.Nearby)
            .ToDictionary(p => p.Speaker.Name, p => p.Rank);
        Assert.True(ranks["Tom Reed"] < ranks["Ana Ruiz"]);
    }

    [Fact]
    public void Only_names_are_candidates_so_a_description_cannot_win_and_leave_the_quote_without_speaker()
    {
        var set = Assert.Single(Sets("Ana Ruiz left the hall. “We are ready,” the report said."));
        Assert.DoesNotContain(set.Candidates, c => c.Speaker.Name.Contains("report"));
        Assert.Contains(set.Candidates, c => c.Speaker.Name == "Ana Ruiz");
    }

    [Fact]
    public void A_unit_switched_off_proposes_nobody()
    {
        var units = AttributionUnits.Without([AttributionUnits.After, AttributionUnits.Nearby, AttributionUnits.Model]).Value!;
        var pipeline = new ExtractionPipelineBuilder().WithAttributor(new SpeakerAttributor(units)).Build();
        var quote = Assert.Single(pipeline.Extract(Articles.Of("“We are ready,” said Ana Ruiz.")).Quotes);
        Assert.Null(quote.Speaker);
        Assert.Equal("Ana Ruiz", Assert.Single(Articles.Quotes("“We are ready,” said Ana Ruiz.")).Speaker);
    }
}
