using QuoteSearch.Core.Language;
using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Tests.Language;

public sealed class VerbFormsTests
{
    [Theory]
    [InlineData("brag", "brags bragged bragging")]
    [InlineData("say", "says said saying")]
    [InlineData("tell", "tells told telling")]
    [InlineData("write", "writes wrote written writing")]
    [InlineData("try", "tries tried trying")]
    [InlineData("stop", "stops stopped stopping")]
    [InlineData("reply", "replies replied replying")]
    [InlineData("argue", "argues argued arguing")]
    [InlineData("agree", "agrees agreed agreeing")]
    [InlineData("die", "dies died dying")]
    [InlineData("panic", "panics panicked panicking")]
    [InlineData("push", "pushes pushed pushing")]
    [InlineData("echo", "echoes echoed echoing")]
    [InlineData("sigh", "sighs sighed sighing")]
    [InlineData("visit", "visits visited visiting")]
    [InlineData("plead", "pleads pleaded pled pleading")]
    [InlineData("read", "reads read reading")]
    [InlineData("label", "labels labelled labeled labelling labeling")]
    public void Inflects_a_lemma_into_its_forms(string lemma, string forms) =>
        Assert.Equal(forms.Split(' ').Order(), VerbForms.Inflections(lemma).Order());

    [Theory]
    [InlineData("admit", "admited")]
    [InlineData("visit", "visitted")]
    [InlineData("try", "trys")]
    [InlineData("write", "writed")]
    [InlineData("say", "sayed")]
    public void Makes_no_regular_form_where_the_verb_has_another(string lemma, string wrong) =>
        Assert.DoesNotContain(wrong, VerbForms.Inflections(lemma));

    [Fact]
    public void Leaves_the_bare_lemma_out_of_the_inflections_unless_a_past_is_spelled_the_same() =>
        Assert.Equal((false, true), (VerbForms.Inflections("report").Contains("report"), VerbForms.Inflections("read").Contains("read")));

    [Fact]
    public void Puts_the_lemma_first_among_all_forms() =>
        Assert.Equal(["grumble", "grumbles", "grumbling", "grumbled"], VerbForms.Of("grumble"));
}
