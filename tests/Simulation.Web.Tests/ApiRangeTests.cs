using System.Net;
using System.Text;

namespace Simulation.Web.Tests;

/// <summary>A number in a run request far outside what its field takes is refused as out of range, in the field's words.</summary>
public sealed class ApiRangeTests(ClassroomServerFixture server) : IClassFixture<ClassroomServerFixture>
{
    [Theory]
    [InlineData("""{"scenario":"smoke","replications":99999999999}""", "replications", "99999999999 is out of range [1, ")]
    [InlineData("""{"scenario":"smoke","replications":10,"parameters":{"regimes[lee].tilt[equity].weight":1e309}}""",
        "parameters.regimes[lee].tilt[equity].weight", "is a number too large to represent, out of range [0, 10]")]
    public async Task ANumberFarOutOfRange_IsRefusedAsOutOfRange_NotAsNoNumber(string body, string field, string detail)
    {
        using var client = server.Client();
        using var response = await client.PostAsync("api/runs", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, field);

        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
