using System.Text.Json.Nodes;
using Simulation.Core;
using Simulation.Core.Agents;
using Simulation.Core.Clusters;
using Simulation.Core.Programmes;
using Simulation.Core.Projects;
using Simulation.Core.Regimes;
using Simulation.Core.Regions;
using Simulation.Core.Signals;

using static Simulation.Experiments.Scenarios.ScenarioFields;

namespace Simulation.Experiments.Scenarios;

/// <summary>
/// Builds the model's <see cref="Scenario"/> from a merged document that has passed the schema, checking what the
/// schema cannot: unique ids, references between sections, and a timeline that covers the horizon.
/// </summary>
internal sealed class ScenarioReader(string file)
{
    private readonly ScenarioFields _fields = new(file);
    private Dictionary<string, int> _attributes = [];
    private Dictionary<string, int> _regions = [];
    private Dictionary<string, int> _indices = [];
    private Dictionary<string, int> _programmes = [];
    private Dictionary<string, int> _regimes = [];
    private Dictionary<string, int> _zones = [];
    private List<IReadOnlyList<int>> _zoneMembers = [];
    private Dictionary<string, int> _partnerships = [];
    private List<IReadOnlyList<int>> _partnershipMembers = [];
    private double[] _population = [];
    private int _firstYear;
    private int _lastYear;

    public Scenario Read(JsonObject d)
    {
        _firstYear = _fields.Int(d, "horizon.firstYear");
        _lastYear = _fields.Int(d, "horizon.lastYear");
        if (_lastYear < _firstYear)
        {
            Problem("$.horizon.lastYear", $"{_lastYear} is before firstYear {_firstYear}");
        }

        var attributes = Array(d, "attributes").Select(a => new RegionAttribute(Str(a, "id"), Str(a, "unit"))).ToList();
        _attributes = _fields.Ids(attributes.Select(a => a.Id), "$.attributes");
        // A criterion names a signal by id, built-in signals first: an attribute of the same name would never be read.
        foreach (var (attribute, i) in attributes.Select((a, i) => (a.Id, i)).Where(a => BuiltInSignals.ByName.ContainsKey(a.Id)))
        {
            Problem($"$.attributes[{i}].id", $"the attribute id '{attribute}' is a built-in signal's name ({BuiltInSignals.Names}), "
                + "which criteria would read instead of it; name it differently");
        }
        foreach (var required in new[] { "population", "grdpPerCapita" })
        {
            if (!_attributes.ContainsKey(required))
            {
                Problem("$.attributes", $"the attribute '{required}' is required (budgets and per-capita outcomes use it)");
            }
        }

        var regionNodes = Array(d, "regions");
        _regions = _fields.Ids(regionNodes.Select(r => Str(r, "id")), "$.regions");
        if (regionNodes.Count > Scenario.MaxRegions)
        {
            Problem("$.regions", $"{regionNodes.Count} regions; at most {Scenario.MaxRegions} are supported");
        }
        var regions = regionNodes.Select((r, i) => ReadRegion(r, $"$.regions[{i}]", attributes)).ToList();
        RegionTiles.Check(regions, _fields);
        AttributeDomains.Check(Array(d, "attributes"), regionNodes, regions, _fields);
        _population = _attributes.TryGetValue("population", out var populationAttribute)
            ? regions.Select(r => r.Values[populationAttribute]).ToArray()
            : new double[regions.Count];

        var indices = Array(d, "indices").Select((x, i) => new CompositeIndex(Str(x, "id"),
            Array(x, "components").Select((c, j) => new IndexComponent(
                _fields.Ref(_attributes, Str(c, "attribute"), $"$.indices[{i}].components[{j}].attribute", "attribute"),
                _fields.Num(c, "weight"),
                Str(c, "direction") == "lower",
                IndexTransforms.Parse(c["transform"]?.GetValue<string>()))).ToList())).ToList();
        _indices = _fields.Ids(indices.Select(x => x.Id), "$.indices");
        IndexTransforms.CheckDomains(indices, regions, attributes, _fields);
        IndexWeights.Check(indices, _fields);
        // An index named "capacity" seeds the built-in capacity signal; any other clash would make a name ambiguous.
        foreach (var id in _indices.Keys.Where(k => _attributes.ContainsKey(k) || (BuiltInSignals.ByName.ContainsKey(k) && k != CompositeIndex.CapacityId)))
        {
            Problem("$.indices", $"the index id '{id}' clashes with an attribute or a built-in signal");
        }

        var partnerships = Array(d, "partnerships").Select((p, i) => new Partnership(Str(p, "id"),
            Strings(p, "members").Select((m, j) => _fields.Ref(_regions, m, $"$.partnerships[{i}].members[{j}]", "region")).ToList(),
            _fields.Int(p, "fromYear"))).ToList();

        var zones = Array(d, "zones").Select((z, i) => (Id: Str(z, "id"),
            Members: Strings(z, "members").Select((m, j) => _fields.Ref(_regions, m, $"$.zones[{i}].members[{j}]", "region")).ToList())).ToList();
        _zones = _fields.Ids(zones.Select(z => z.Id), "$.zones");
        _zoneMembers = zones.Select(z => (IReadOnlyList<int>)z.Members).ToList();
        _partnerships = _fields.Ids(partnerships.Select(p => p.Id), "$.partnerships");
        _partnershipMembers = partnerships.Select(p => p.Members).ToList();

        var programmeNodes = Array(d, "programmes");
        _programmes = _fields.Ids(programmeNodes.Select(p => Str(p, "id")), "$.programmes");
        var regimeNodes = Array(d, "regimes");
        _regimes = _fields.Ids(regimeNodes.Select(r => Str(r, "id")), "$.regimes");
        ReservedIds.Check(regimeNodes.Select(r => Str(r, "id")), ReservedIds.Regimes, "$.regimes", "regime", _fields);

        var regimes = regimeNodes.Select((r, i) => ReadRegime(r, $"$.regimes[{i}]")).ToList();
        var programmes = programmeNodes.Select((p, i) => ReadProgramme(p, $"$.programmes[{i}]")).ToList();
        var projectNodes = Array(d, "projects");
        _fields.Ids(projectNodes.Select(p => Str(p, "id")), "$.projects");
        ReservedIds.Check(projectNodes.Select(p => Str(p, "id")), ReservedIds.Projects, "$.projects", "project", _fields);
        var projects = projectNodes.Select((p, i) => ReadProject(p, $"$.projects[{i}]")).ToList();

        var timeline = TimelineReader.Read(_fields, _regimes, _firstYear, _lastYear, Array(d, "timeline"));
        var counterfactuals = Strings(d, "counterfactuals").Select((c, i) => _fields.Ref(_regimes, c, $"$.counterfactuals[{i}]", "regime")).ToList();
        var compared = d["compared"] is null ? null : ReadCompared(d, counterfactuals);
        var fund = new NationalFund(_fields.Int(d, "nationalFund.startYear"), _fields.Num(d, "nationalFund.initialBillionUsd"), _fields.Num(d, "nationalFund.growthRatePerYear"));
        var clusters = ReadOwnClusters(Obj(d, "ownClusters"));
        var behaviour = ReadBehaviour(Obj(d, "behaviour"));
        HorizonYears.Check(fund, partnerships, projects, clusters.Planned, _firstYear, _lastYear, _fields);

        if (_fields.Problems.Count > 0)
        {
            throw new ScenarioException(_fields.Problems);
        }
        return new Scenario(
            Str(d, "name"), Str(d, "description"), (ulong)_fields.Whole(d, "seed", 0, long.MaxValue), _fields.Int(d, "replications"), timeline!, counterfactuals,
            _fields.Num(d, "money.wonPerUsd"), attributes, regions, indices, partnerships, regimes, fund, programmes, projects, clusters, behaviour,
            d["timelineName"] is null ? null : Str(d, "timelineName"), compared);
    }

    // The pair the outputs compare: regimes the scenario also runs alone, since only those have modes to show.
    private List<int> ReadCompared(JsonObject d, IReadOnlyList<int> counterfactuals)
    {
        var ids = Strings(d, "compared");
        var compared = ids.Select((c, i) => _fields.Ref(_regimes, c, $"$.compared[{i}]", "regime")).ToList();
        for (var i = 0; i < compared.Count; i++)
        {
            if (compared[i] >= 0 && !counterfactuals.Contains(compared[i]))
            {
                _fields.Problem($"$.compared[{i}]", $"'{ids[i]}' is not among the counterfactuals ({string.Join(", ", Strings(d, "counterfactuals"))}): "
                    + "a compared regime must also run alone over the horizon; add it to 'counterfactuals', or drop 'compared' "
                    + "(a file that extends one setting it writes \"compared\": null, and the outputs compare the first two counterfactuals)");
            }
        }
        return compared;
    }

    private Region ReadRegion(JsonObject r, string path, List<RegionAttribute> attributes)
    {
        var values = Obj(r, "values");
        foreach (var (key, _) in values)
        {
            if (!_attributes.ContainsKey(key))
            {
                Problem($"{path}.values.{key}", $"'{key}' is not a declared attribute (declare it in $.attributes)");
            }
        }
        var row = new double[attributes.Count];
        for (var a = 0; a < attributes.Count; a++)
        {
            // A measured value is a plain number; an uncertain one is { value, source, prior } (docs/scenario-format.md).
            if (values[attributes[a].Id] is null)
            {
                Problem($"{path}.values", $"missing a value for the attribute '{attributes[a].Id}'");
                row[a] = double.NaN; // no further complaint about a value that is not there
                continue;
            }
            row[a] = _fields.Num(values, attributes[a].Id);
            if (attributes[a].Id is "population" or "grdpPerCapita" && row[a] <= 0)
            {
                Problem($"{path}.values.{attributes[a].Id}", $"{row[a]} must be positive");
            }
        }
        var neighbours = Strings(r, "neighbours").Select((n, j) => _fields.Ref(_regions, n, $"{path}.neighbours[{j}]", "region")).ToList();
        return new Region(Str(r, "id"), Str(r, "name"), r["capitalRegion"]!.GetValue<bool>(), neighbours, row, RegionTiles.Read(r, _fields));
    }

    private PolicyRegime ReadRegime(JsonObject r, string path)
    {
        var selection = Obj(r, "selection");
        // Each rule requires only the fields it reads (the schema); one it does not read may be absent, and is then unused.
        var settings = new SelectionSettings(
            SelectionRuleNames.Parse(Str(selection, "rule")),
            selection["noise"] is not null && Str(selection, "noise") == "normal" ? NoiseKind.Normal : NoiseKind.Gumbel,
            selection["discretion"] is null ? 0.0 : _fields.Num(selection, "discretion"),
            selection["exponent"] is null ? 1.0 : _fields.Num(selection, "exponent"));
        var fund = Obj(r, "fund");
        var eligible = Strings(fund, "eligible").Select((e, i) => _fields.Ref(_regions, e, $"{path}.fund.eligible[{i}]", "region")).ToList();
        var policy = new FundPolicy(_fields.Num(fund, "shareOfPath"), _fields.Num(fund, "discretion"), Criteria(fund, "allocation", $"{path}.fund", allowBidSignals: false),
            eligible, FundZoneShares.Read(fund, $"{path}.fund", Str(r, "id"), eligible, _regions, _zones, _zoneMembers, _fields));
        var programmes = Strings(r, "programmes").Select((p, i) => _fields.Ref(_programmes, p, $"{path}.programmes[{i}]", "programme")).ToList();
        return new PolicyRegime(
            Str(r, "id"), Str(r, "name"), settings, Criteria(r, "tilt", path, allowBidSignals: true),
            _fields.Ref(_attributes, Str(r, "alignmentAttribute"), $"{path}.alignmentAttribute", "attribute"),
            policy, programmes, _fields.Num(r, "grantShareOfOwnClusters"), _fields.Num(r, "selfHelpPressure"));
    }

    private DesignationProgramme ReadProgramme(JsonObject p, string path)
    {
        var years = p["years"]!.AsArray().Select((y, i) => _fields.Int(y, $"{path}.years[{i}]")).ToList();
        for (var i = 0; i < years.Count; i++)
        {
            InHorizon(years[i], $"{path}.years[{i}]");
        }
        var eligible = Strings(p, "eligible").Select((e, i) => _fields.Ref(_regions, e, $"{path}.eligible[{i}]", "region")).ToList();
        var categories = p["categories"] is JsonArray c
            ? c.OfType<JsonObject>().Select(x => new ProgrammeCategory(Str(x, "id"), _fields.Num(x, "share"))).ToList()
            : [];
        var categoryNodes = Array(p, "categories");
        for (var i = 0; i < categoryNodes.Count; i++)
        {
            if (categoryNodes[i]["realisationRate"] is not null)
            {
                Problem($"{path}.categories[{i}].realisationRate",
                    "realisation rates are no longer inputs: what is realised follows from each designation's delivery (give the programme a 'delivery', docs/scenario-format.md)");
            }
        }
        if (p["realisationSpread"] is not null)
        {
            Problem($"{path}.realisationSpread", "renamed: give the spread as 'delivery.spread' (docs/scenario-format.md)");
        }
        if (categories.Count > 0 && categories.Sum(x => x.Share) <= 0)
        {
            Problem($"{path}.categories", "the category shares add up to zero");
        }
        return new DesignationProgramme(
            Str(p, "id"), Str(p, "name"), years, _fields.Num(p, "designationsPerYear"), _fields.Int(p, "maxPerRegion"), eligible,
            _fields.Num(p, "valuePerDesignationBillionWon"), p["countsAsNationalResources"]!.GetValue<bool>(),
            Criteria(p, "selection", path, allowBidSignals: false), _fields.Num(p, "discretion"), categories, ReadDelivery(p),
            ProgrammeApplications.Read(p, path, eligible, _regions, _fields));
    }

    private Delivery ReadDelivery(JsonObject p)
    {
        if (p["delivery"] is not JsonObject d)
        {
            return Delivery.Immediate;
        }
        var lag = (int)Math.Round(_fields.Num(d, "lagYears"));
        var spread = d["spread"] is null ? 0.0 : _fields.Num(d, "spread");
        return d["stall"] is JsonObject stall
            ? new Delivery(lag, _fields.Num(stall, "intercept"), _fields.Num(stall, "capacity"), spread)
            : Delivery.Immediate with { LagYears = lag, Spread = spread };
    }

    private NationalProject ReadProject(JsonObject p, string path)
    {
        var year = _fields.Int(p, "year");
        InHorizon(year, $"{path}.year");
        var candidates = Strings(p, "candidates").Select((c, i) => _fields.Ref(_regions, c, $"{path}.candidates[{i}]", "region")).ToList();
        if (candidates.Distinct().Count() != candidates.Count)
        {
            Problem($"{path}.candidates", "a region is listed twice");
        }
        var multipliers = Enumerable.Repeat(1.0, _regions.Count).ToArray();
        if (p["valuationMultipliers"] is JsonObject m)
        {
            foreach (var (region, value) in m)
            {
                var index = _fields.Ref(_regions, region, $"{path}.valuationMultipliers.{region}", "region");
                if (index >= 0)
                {
                    multipliers[index] = _fields.Num(m, region);
                }
            }
        }
        if (_fields.Num(p, "prizeValuePerWinnerBillionWon") <= 0)
        {
            Problem($"{path}.prizeValuePerWinnerBillionWon.value", "must be positive: bidders compete for it");
        }
        var winners = _fields.Int(p, "winners");
        var unnamed = UnnamedCandidatesReader.Read(_fields, _regions, p, path, candidates);
        var candidateCount = candidates.Count + (unnamed?.Count ?? 0);
        if (candidates.Count > 0 && winners > candidateCount)
        {
            Problem($"{path}.winners", $"{winners} winners but only {candidateCount} candidate{(candidateCount == 1 ? "" : "s")}");
        }
        else if (winners > _regions.Count)
        {
            Problem($"{path}.winners", $"{winners} winners but only {_regions.Count} regions");
        }
        var jointBids = p["jointBids"]!.GetValue<bool>();
        var consortia = Strings(p, "consortia").Select((c, i) => _fields.Ref(_partnerships, c, $"{path}.consortia[{i}]", "partnership")).ToList();
        for (var i = 0; i < consortia.Count; i++)
        {
            if (consortia[i] < 0)
            {
                continue;
            }
            if (!jointBids)
            {
                Problem($"{path}.consortia[{i}]", "a consortium is a joint bid: set 'jointBids' to true");
            }
            // A member that names no region (m < 0) is already a problem of the partnership; only known regions are checked here.
            var outside = _partnershipMembers[consortia[i]].Where(m => m >= 0 && candidates.Count > 0 && !candidates.Contains(m)).ToList();
            if (outside.Count > 0)
            {
                Problem($"{path}.consortia[{i}]", $"members of '{Strings(p, "consortia")[i]}' are not candidates of the project: {string.Join(", ", outside.Select(m => _regions.First(x => x.Value == m).Key))}");
            }
        }
        if (consortia.Distinct().Count() != consortia.Count)
        {
            Problem($"{path}.consortia", "a partnership is listed twice");
        }
        return new NationalProject(
            Str(p, "id"), Str(p, "name"), year, p["everyYears"] is null ? null : _fields.Int(p, "everyYears"), winners,
            _fields.Num(p, "prizeValuePerWinnerBillionWon"), _fields.Num(p, "nationalFundingPerWinnerBillionWon"), candidates,
            jointBids, multipliers, Criteria(p, "criteria", path, allowBidSignals: true), consortia.Where(c => c >= 0).ToList(), unnamed,
            p["fundingYears"] is null ? 1 : (int)Math.Round(_fields.Num(p, "fundingYears")));
    }

    private OwnClusterRules ReadOwnClusters(JsonObject c)
    {
        var start = Obj(c, "start");
        var stall = Obj(c, "stall");
        var plannedNodes = Array(c, "planned");
        _fields.Ids(plannedNodes.Select(p => Str(p, "id")), "$.ownClusters.planned");
        var planned = plannedNodes.SelectMany((p, i) => PlannedClusters(p, $"$.ownClusters.planned[{i}]")).ToList();
        return new OwnClusterRules(
            _fields.Num(c, "costBillionWon"), (int)Math.Round(_fields.Num(c, "durationYears")),
            new StartCoefficients(_fields.Num(start, "intercept"), _fields.Num(start, "scarcity"), _fields.Num(start, "capacity"), _fields.Num(start, "selfHelpPressure")),
            new StallCoefficients(_fields.Num(stall, "intercept"), _fields.Num(stall, "capacity"), _fields.Num(stall, "grantShare"), _fields.Num(stall, "budgetStrain")),
            _fields.Num(c, "capacityGainOnCompletion"), planned);
    }

    // A cluster of one region, or a joint undertaking of several (the Daegu-Gyeongbuk FEZ, paper §4.2): each member starts
    // its part, with the cost shared by population.
    private IEnumerable<PlannedCluster> PlannedClusters(JsonObject p, string path)
    {
        var members = p["regions"] is JsonArray
            ? Strings(p, "regions").Select((r, j) => _fields.Ref(_regions, r, $"{path}.regions[{j}]", "region")).ToList()
            : [_fields.Ref(_regions, Str(p, "region"), $"{path}.region", "region")];
        if (members.Distinct().Count() != members.Count)
        {
            Problem($"{path}.regions", "a region is listed twice");
        }
        members = members.Where(m => m >= 0).ToList();
        var people = members.Sum(m => _population[m]);
        foreach (var m in members)
        {
            var share = members.Count == 1 || people <= 0 ? 1.0 / members.Count : _population[m] / people;
            yield return new PlannedCluster(Str(p, "id"), m, _fields.Int(p, "startYear"), _fields.Num(p, "costBillionWon") * share, (int)Math.Round(_fields.Num(p, "durationYears")));
        }
    }

    private Behaviour ReadBehaviour(JsonObject b) => new(
        (int)Math.Round(_fields.Num(b, "adjustmentRounds")), _fields.Num(b, "damping"), _fields.Num(b, "effortNoise"), _fields.Num(b, "entryTemperature"),
        _fields.Num(b, "bidPreparationCostBillionWon"), _fields.Num(b, "budgetShareOfGrdp"), _fields.Num(b, "maxEffortShareOfBudget"),
        _fields.Num(b, "beliefLearningRate"), _fields.Num(b, "initialEffortIntensity"), _fields.Num(b, "capacityGainPerTrillionWon"),
        b["capacityGainPerTrillionWonOfFund"] is null ? 0.0 : _fields.Num(b, "capacityGainPerTrillionWonOfFund"));

    private List<Criterion> Criteria(JsonObject owner, string field, string path, bool allowBidSignals)
    {
        var list = new List<Criterion>();
        var nodes = Array(owner, field);
        for (var i = 0; i < nodes.Count; i++)
        {
            var at = $"{path}.{field}[{i}].signal";
            var name = Str(nodes[i], "signal");
            Signal signal;
            if (BuiltInSignals.ByName.TryGetValue(name, out var kind))
            {
                signal = new Signal(kind);
                if (!allowBidSignals && kind is SignalKind.Effort or SignalKind.JointBid)
                {
                    Problem(at, $"'{name}' describes a bid and cannot steer an allocation or a designation");
                }
            }
            else if (_attributes.TryGetValue(name, out var a))
            {
                signal = new Signal(SignalKind.Attribute, a);
            }
            else if (_indices.TryGetValue(name, out var x))
            {
                signal = new Signal(SignalKind.Index, x);
            }
            else
            {
                Problem(at, $"unknown signal '{name}': use an attribute ({string.Join(", ", _attributes.Keys)}), an index ({string.Join(", ", _indices.Keys)}) or a built-in ({BuiltInSignals.Names})");
                continue;
            }
            list.Add(new Criterion(signal, _fields.Num(nodes[i], "weight")));
        }
        return list;
    }

    private void InHorizon(int year, string path)
    {
        if (year < _firstYear || year > _lastYear)
        {
            Problem(path, $"year {year} is outside the horizon {_firstYear}–{_lastYear}");
        }
    }

    private void Problem(string path, string message) => _fields.Problem(path, message);
}
