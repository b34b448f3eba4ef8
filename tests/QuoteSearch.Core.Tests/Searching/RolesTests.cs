using QuoteSearch.Core.Searching;

namespace QuoteSearch.Core.Tests.Searching;

public sealed class RolesTests
{
    [Theory]
    [InlineData(new[] { "Mr", "Mr.", "President", "morning Mr." }, new[] { "President" })]
    [InlineData(new[] { "Mrs.", "Ms", "Sir" }, new string[0])]
    [InlineData(new[] { "harbour master", "Harbour master", "harbour master." }, new[] { "Harbour master" })]
    [InlineData(new[] { "Russian negotiator", "US special envoy" }, new[] { "Russian negotiator", "US special envoy" })]
    public void Honorific_only_roles_go_and_one_role_is_listed_once(string[] written, string[] shown) =>
        Assert.Equal(shown, Roles.Clean(written));
}
