using QuoteSearch.Core.Attribution;

namespace QuoteSearch.Core.Tests.Attribution;

public sealed class AttributionUnitsTests
{
    [Fact]
    public void Every_unit_is_on_by_default() => Assert.All(AttributionUnits.Names, n => Assert.True(AttributionUnits.All.Has(n)));

    [Fact]
    public void Switching_a_unit_off_leaves_the_others_on()
    {
        var units = AttributionUnits.Without([AttributionUnits.Nearby]).Value!;
        Assert.False(units.Has(AttributionUnits.Nearby));
        Assert.True(units.Has(AttributionUnits.After));
    }

    [Fact]
    public void An_unknown_unit_is_an_error_that_lists_the_units()
    {
        var result = AttributionUnits.Without(["nope"]);
        Assert.False(result.Success);
        Assert.Contains("'nope'", result.Error);
        Assert.Contains(AttributionUnits.FollowOn, result.Error);
    }
}
