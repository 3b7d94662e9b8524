/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    action\n    entity\n    key\n    field\n    oldValue\n    newValue\n    requestId\n  }\n": typeof types.AuditEntryRowFragmentDoc,
    "\n  query RecordHistory($entity: String!, $key: String!, $field: String, $first: Int, $after: String) {\n    recordHistory(entity: $entity, key: $key, field: $field, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AuditEntryRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  fragment SessionUser on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUser\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment CriterionFields on Criterion {\n    id\n    code\n    parentCode\n    name\n  }\n": typeof types.CriterionFieldsFragmentDoc,
    "\n  fragment CriteriaMatrixRowFields on CriteriaMatrixRow {\n    unit {\n      code\n      name\n      shortName\n    }\n    cells {\n      code\n      met\n      value\n      note\n      version\n    }\n    metCount\n    editable\n  }\n": typeof types.CriteriaMatrixRowFieldsFragmentDoc,
    "\n  query CriteriaDistricts($first: Int) {\n    adminUnits(level: DISTRICT, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CriteriaDistrictsDocument,
    "\n  query CriteriaMatrix($parentCode: String!, $year: Int!, $setKey: String) {\n    criteriaMatrix(parentCode: $parentCode, year: $year, setKey: $setKey) {\n      set {\n        key\n        name\n        decision\n      }\n      year\n      criteria {\n        ...CriterionFields\n      }\n      rows {\n        ...CriteriaMatrixRowFields\n      }\n    }\n  }\n": typeof types.CriteriaMatrixDocument,
    "\n  mutation SaveEvaluations($rows: [EvaluationRowInput!]!) {\n    saveEvaluations(rows: $rows) {\n      rows {\n        ...CriteriaMatrixRowFields\n      }\n      created\n      updated\n      deleted\n      unchanged\n      changed\n    }\n  }\n": typeof types.SaveEvaluationsDocument,
    "\n  query CommuneScorecard($code: String!, $year: Int!) {\n    communeScorecard(code: $code, year: $year) {\n      unit {\n        code\n        name\n      }\n      year\n      set {\n        key\n        name\n      }\n      criteriaCount\n      metCount\n      met\n      missing {\n        code\n        name\n      }\n      qualifiesFor\n      recognisedLevel\n      targets {\n        id\n        level\n        year\n        kind\n        dossierStatus\n      }\n    }\n  }\n": typeof types.CommuneScorecardDocument,
    "\n  query CatalogueDiff($catalogue: String!) {\n    catalogueDiff(catalogue: $catalogue) {\n      date\n      provinces\n      districts\n      communes\n      needsSuccessor\n      changes {\n        kind\n        level\n        code\n        oldName\n        name\n        type\n        oldParentCode\n        parentCode\n        successorCode\n        reason\n        candidates\n      }\n    }\n  }\n": typeof types.CatalogueDiffDocument,
    "\n  query UnitNames($level: AdminLevel!, $first: Int!) {\n    adminUnits(level: $level, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": typeof types.UnitNamesDocument,
    "\n  fragment HierarchyEffectFields on HierarchyEffect {\n    action\n    unitCode\n    toCode\n    entity\n    count\n    amount\n  }\n": typeof types.HierarchyEffectFieldsFragmentDoc,
    "\n  fragment HierarchyChangeFields on HierarchyChange {\n    id\n    decision\n    effectiveOn\n    status\n    appliedAt\n    appliedBy\n    revertedAt\n    revertedBy\n    version\n    items {\n      kind\n      level\n      code\n      oldName\n      name\n      oldParentCode\n      parentCode\n      successorCode\n    }\n  }\n": typeof types.HierarchyChangeFieldsFragmentDoc,
    "\n  query PreviewHierarchyChange($input: HierarchyChangeInput!) {\n    previewHierarchyChange(input: $input) {\n      ...HierarchyEffectFields\n    }\n  }\n": typeof types.PreviewHierarchyChangeDocument,
    "\n  mutation ApplyHierarchyChange($input: HierarchyChangeInput!) {\n    applyHierarchyChange(input: $input) {\n      changed\n      change {\n        ...HierarchyChangeFields\n      }\n      effects {\n        ...HierarchyEffectFields\n      }\n    }\n  }\n": typeof types.ApplyHierarchyChangeDocument,
    "\n  mutation RevertHierarchyChange($id: ID!, $version: Int!) {\n    revertHierarchyChange(id: $id, version: $version) {\n      ...HierarchyChangeFields\n    }\n  }\n": typeof types.RevertHierarchyChangeDocument,
    "\n  query HierarchyChanges($first: Int!) {\n    hierarchyChanges(first: $first) {\n      ...HierarchyChangeFields\n    }\n  }\n": typeof types.HierarchyChangesDocument,
    "\n  query UnitHistory($code: String!) {\n    unitHistory(code: $code) {\n      unit {\n        code\n        name\n        level\n        validFrom\n        validTo\n      }\n      states {\n        validFrom\n        validTo\n        name\n        type\n        parent {\n          code\n          name\n        }\n      }\n      predecessors {\n        on\n        unit {\n          code\n          name\n        }\n      }\n      successor {\n        on\n        unit {\n          code\n          name\n        }\n      }\n      changes {\n        change {\n          id\n          decision\n          effectiveOn\n          status\n        }\n        item {\n          kind\n          code\n          oldName\n          name\n          successorCode\n        }\n      }\n    }\n  }\n": typeof types.UnitHistoryDocument,
    "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n    editable\n    ancestors {\n      code\n      name\n      level\n    }\n  }\n": typeof types.AdminUnitRowFragmentDoc,
    "\n  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String, $withCount: Boolean!) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      totalCount @include(if: $withCount)\n      nodes {\n        ...AdminUnitRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.HierarchyUnitsDocument,
    "\n  query HierarchyUnit($code: String!) {\n    adminUnit(code: $code) {\n      ...AdminUnitRow\n    }\n  }\n": typeof types.HierarchyUnitDocument,
    "\n  mutation SaveAdminUnits($rows: [AdminUnitRowInput!]!) {\n    saveAdminUnits(rows: $rows) {\n      created\n      updated\n      unchanged\n      units {\n        ...AdminUnitRow\n      }\n    }\n  }\n": typeof types.SaveAdminUnitsDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n": typeof types.CreateVillageDocument,
    "\n  fragment ImportPreviewFields on ImportPreview {\n    fileName\n    sheets\n    sheet\n    headerRow\n    columns {\n      column\n      header\n      field\n      samples\n    }\n    fields {\n      key\n      label\n      labelEn\n      required\n      description\n    }\n    summary {\n      total\n      created\n      updated\n      unchanged\n      refused\n    }\n    rows {\n      row\n      action\n      key\n      label\n      values\n      changes {\n        field\n        oldValue\n        newValue\n      }\n      issues {\n        field\n        code\n        rule\n        params\n        message\n      }\n      candidates {\n        code\n        name\n        parentName\n      }\n    }\n    committed\n  }\n": typeof types.ImportPreviewFieldsFragmentDoc,
    "\n  query PreviewImport($input: ImportInput!) {\n    previewImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": typeof types.PreviewImportDocument,
    "\n  mutation CommitImport($input: ImportInput!) {\n    commitImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": typeof types.CommitImportDocument,
    "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      id\n      phase\n      done\n      total\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  fragment IndIndicator on Indicator {\n    id\n    key\n    name\n    nameEn\n    unit\n    level\n    rollUp\n    weightKey\n    direction\n    targetKind\n    targetValue\n    targetValueMax\n    targetYear\n    baselineYear\n    derived\n    description\n    section\n    sortOrder\n  }\n": typeof types.IndIndicatorFragmentDoc,
    "\n  fragment IndMatrixRow on IndicatorMatrixRow {\n    unit {\n      code\n      name\n      level\n    }\n    editable\n    cells {\n      key\n      month\n      value\n      note\n      version\n    }\n  }\n": typeof types.IndMatrixRowFragmentDoc,
    "\n  query IndUnits($level: AdminLevel, $parentCode: String, $first: Int!) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first) {\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.IndUnitsDocument,
    "\n  query IndMatrix($parentCode: String!, $year: Int!) {\n    indicatorMatrix(parentCode: $parentCode, year: $year) {\n      year\n      indicators {\n        ...IndIndicator\n      }\n      rows {\n        ...IndMatrixRow\n      }\n    }\n  }\n": typeof types.IndMatrixDocument,
    "\n  mutation IndSaveValues($rows: [IndicatorValueInput!]!) {\n    saveIndicatorValues(rows: $rows) {\n      changed\n      rows {\n        ...IndMatrixRow\n      }\n    }\n  }\n": typeof types.IndSaveValuesDocument,
    "\n  query IndProgress($year: Int!, $unitCode: String) {\n    indicatorProgress(year: $year, unitCode: $unitCode) {\n      indicator {\n        ...IndIndicator\n      }\n      value\n      rolledUp\n      derived\n      unitsReporting\n      baseline\n      previous\n      required\n      met\n      gap\n    }\n  }\n": typeof types.IndProgressDocument,
    "\n  fragment OcopProductRow on OcopProduct {\n    id\n    name\n    producer\n    category\n    stars\n    yearRated\n    isNew\n    flagship\n    version\n    unit {\n      code\n      name\n    }\n  }\n": typeof types.OcopProductRowFragmentDoc,
    "\n  query OcopProducts($filter: OcopFilter, $first: Int!, $after: String) {\n    ocopProducts(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...OcopProductRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OcopProductsDocument,
    "\n  mutation OcopSave($rows: [OcopRowInput!]!) {\n    saveOcopProducts(rows: $rows) {\n      changed\n      products {\n        ...OcopProductRow\n      }\n    }\n  }\n": typeof types.OcopSaveDocument,
    "\n  query OcopSummaryOf($year: Int!, $unitCode: String) {\n    ocopSummary(year: $year, unitCode: $unitCode) {\n      year\n      total\n      byStars {\n        stars\n        count\n      }\n      newProducts\n      upgraded\n      flagships\n      flagshipsFiveStar\n    }\n  }\n": typeof types.OcopSummaryOfDocument,
    "\n  fragment GoodModelRow on GoodModel {\n    id\n    name\n    field\n    year\n    replicatedFromId\n    note\n    version\n    unit {\n      code\n      name\n    }\n  }\n": typeof types.GoodModelRowFragmentDoc,
    "\n  query GoodModels($filter: ModelFilter, $first: Int!, $after: String) {\n    models(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...GoodModelRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GoodModelsDocument,
    "\n  mutation GoodModelsSave($rows: [ModelRowInput!]!) {\n    saveModels(rows: $rows) {\n      changed\n      models {\n        ...GoodModelRow\n      }\n    }\n  }\n": typeof types.GoodModelsSaveDocument,
    "\n  query ModelCoverageOf($year: Int!) {\n    modelCoverage(year: $year) {\n      year\n      communesUnder {\n        unit {\n          code\n          name\n        }\n        count\n        required\n      }\n      districtsUnder {\n        unit {\n          code\n          name\n        }\n        count\n        required\n      }\n      districtsWithoutTourism {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ModelCoverageOfDocument,
    "\n  fragment MoneyUnit on AdminUnit {\n    code\n    name\n    level\n    editable\n  }\n": typeof types.MoneyUnitFragmentDoc,
    "\n  query MoneyUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      nodes {\n        ...MoneyUnit\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MoneyUnitsDocument,
    "\n  query MoneyUnitOne($code: String!) {\n    adminUnit(code: $code) {\n      ...MoneyUnit\n    }\n  }\n": typeof types.MoneyUnitOneDocument,
    "\n  fragment AllocationRow on Allocation {\n    id\n    year\n    source\n    capitalType\n    amount\n    note\n    version\n    unit {\n      code\n    }\n  }\n": typeof types.AllocationRowFragmentDoc,
    "\n  query MoneyAllocations($year: Int, $unitCode: String, $projects: Boolean, $first: Int!, $after: String) {\n    allocations(year: $year, unitCode: $unitCode, projects: $projects, first: $first, after: $after) {\n      nodes {\n        ...AllocationRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MoneyAllocationsDocument,
    "\n  mutation MoneySaveAllocations($rows: [AllocationRowInput!]!) {\n    saveAllocations(rows: $rows) {\n      changed\n      allocations {\n        ...AllocationRow\n      }\n    }\n  }\n": typeof types.MoneySaveAllocationsDocument,
    "\n  fragment CheckpointFields on Checkpoint {\n    id\n    dueDate\n    minSharePermille\n    capitalYearFrom\n    capitalYearTo\n    note\n  }\n": typeof types.CheckpointFieldsFragmentDoc,
    "\n  query MoneyCheckpoints {\n    checkpoints {\n      ...CheckpointFields\n    }\n  }\n": typeof types.MoneyCheckpointsDocument,
    "\n  query MoneyBudgetSummary($year: Int, $unitCode: String, $asOf: Date) {\n    budgetSummary(year: $year, unitCode: $unitCode, asOf: $asOf) {\n      asOf\n      allocated\n      allocatedBelow\n      disbursed\n      rate\n      unit {\n        code\n        name\n      }\n      bySource {\n        source\n        allocated\n        disbursed\n        rate\n      }\n      byChild {\n        unit {\n          code\n          name\n        }\n        allocated\n        disbursed\n        rate\n      }\n    }\n  }\n": typeof types.MoneyBudgetSummaryDocument,
    "\n  query MoneyCheckpointStatus($asOf: Date!, $unitCode: String) {\n    checkpointStatus(asOf: $asOf, unitCode: $unitCode) {\n      checkpoint {\n        ...CheckpointFields\n      }\n      state\n      allocated\n      required\n      disbursed\n      shortBy\n      rate\n    }\n  }\n": typeof types.MoneyCheckpointStatusDocument,
    "\n  fragment ProjectRow on Project {\n    id\n    code\n    name\n    kind\n    unit {\n      code\n      name\n      editable\n    }\n    capitalAllocatedOn\n    contractorChosenOn\n    startedOn\n    completedOn\n    acceptedOn\n    settlementApprovedOn\n    stoppedOn\n    note\n    version\n    allocated(year: $year)\n    disbursed(asOf: $asOf, year: $year)\n    rate(asOf: $asOf, year: $year)\n    status\n    checkpoints(asOf: $asOf) {\n      checkpoint {\n        dueDate\n        minSharePermille\n      }\n      state\n      required\n      disbursed\n      shortBy\n    }\n    localDebt(asOf: $asOf)\n    treasuryRoom\n  }\n": typeof types.ProjectRowFragmentDoc,
    "\n  query MoneyProjects($filter: ProjectFilter, $first: Int!, $after: String, $asOf: Date, $year: Int) {\n    projects(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ProjectRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MoneyProjectsDocument,
    "\n  query MoneyProject($code: String!, $asOf: Date, $year: Int) {\n    project(code: $code) {\n      ...ProjectRow\n    }\n  }\n": typeof types.MoneyProjectDocument,
    "\n  mutation MoneySaveProjects($rows: [ProjectRowInput!]!, $asOf: Date, $year: Int) {\n    saveProjects(rows: $rows) {\n      changed\n      projects {\n        ...ProjectRow\n      }\n    }\n  }\n": typeof types.MoneySaveProjectsDocument,
    "\n  fragment DisbursementRow on Disbursement {\n    id\n    source\n    capitalYear\n    date\n    amount\n    note\n    version\n  }\n": typeof types.DisbursementRowFragmentDoc,
    "\n  query MoneyDisbursements($projectCode: String!) {\n    disbursements(projectCode: $projectCode) {\n      ...DisbursementRow\n    }\n  }\n": typeof types.MoneyDisbursementsDocument,
    "\n  mutation MoneySaveDisbursements($rows: [DisbursementRowInput!]!) {\n    saveDisbursements(rows: $rows) {\n      changed\n      disbursements {\n        ...DisbursementRow\n      }\n    }\n  }\n": typeof types.MoneySaveDisbursementsDocument,
    "\n  fragment ReallocationRow on Reallocation {\n    id\n    source\n    capitalYear\n    capitalType\n    amount\n    reason\n    status\n    reportedOn\n    doneOn\n    version\n  }\n": typeof types.ReallocationRowFragmentDoc,
    "\n  query MoneyWatch($year: Int!, $asOf: Date!) {\n    reallocations(year: $year) {\n      ...ReallocationRow\n    }\n    reallocationCandidates(year: $year) {\n      project {\n        code\n        name\n        unit {\n          code\n          name\n        }\n      }\n      amount\n    }\n    localDebtProjects(asOf: $asOf) {\n      project {\n        code\n        name\n        capitalAllocatedOn\n        unit {\n          code\n          name\n        }\n      }\n      debtFrom\n      amount\n    }\n    supportShortfalls(year: $year) {\n      normKey\n      description\n      unit {\n        code\n        name\n      }\n      required\n      allocated\n      shortBy\n    }\n  }\n": typeof types.MoneyWatchDocument,
    "\n  query MoneyReallocations($year: Int) {\n    reallocations(year: $year) {\n      ...ReallocationRow\n    }\n  }\n": typeof types.MoneyReallocationsDocument,
    "\n  mutation MoneySaveReallocations($rows: [ReallocationRowInput!]!) {\n    saveReallocations(rows: $rows) {\n      changed\n      reallocations {\n        ...ReallocationRow\n      }\n    }\n  }\n": typeof types.MoneySaveReallocationsDocument,
    "\n  query PlanProgress($asOf: Date) {\n    planProgress(asOf: $asOf) {\n      asOf\n      plan {\n        code\n        name\n        decision\n        goals {\n          key\n          threshold\n          thresholdMax\n          sharePercent\n          mountainousOnly\n        }\n      }\n      goals {\n        key\n        kind\n        levels\n        unitLevel\n        description\n        section\n        goal\n        goalMax\n        denominator\n        unitsCounted\n        achieved\n        inPipeline\n        gap\n        met\n        byDistrict {\n          district {\n            code\n            name\n          }\n          achieved\n          inPipeline\n          targets\n          unitsCounted\n        }\n      }\n    }\n    districtsWithoutNtmCommune(asOf: $asOf) {\n      code\n      name\n    }\n  }\n": typeof types.PlanProgressDocument,
    "\n  query DeadlineList($asOf: Date!, $within: Int!, $unitCode: String, $all: Boolean!) {\n    deadlines(asOf: $asOf, within: $within, unitCode: $unitCode, all: $all) {\n      step\n      dueDate\n      doneOn\n      state\n      daysLeft\n      note\n      target {\n        id\n        level\n        year\n        kind\n        unit {\n          code\n          name\n          level\n          ancestors {\n            code\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n": typeof types.DeadlineListDocument,
    "\n  fragment MonthlyReportFields on MonthlyReport {\n    unit {\n      code\n      name\n    }\n    year\n    month\n    asOf\n    status\n    difficulties\n    proposals\n    note\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    version\n    canEdit\n    canSubmit\n    canDecide\n  }\n": typeof types.MonthlyReportFieldsFragmentDoc,
    "\n  query ReportDistricts($first: Int!) {\n    adminUnits(level: DISTRICT, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ReportDistrictsDocument,
    "\n  query ReportMonthly($unitCode: String!, $year: Int!, $month: Int!, $asOf: Date!) {\n    monthlyReport(unitCode: $unitCode, year: $year, month: $month) {\n      ...MonthlyReportFields\n      targets {\n        id\n        level\n        year\n        kind\n        dossierStatus(asOf: $asOf)\n        unit {\n          code\n          name\n        }\n      }\n      budget {\n        allocated\n        disbursed\n        rate\n      }\n      checkpoints {\n        checkpoint {\n          id\n          dueDate\n          minSharePermille\n        }\n        state\n        allocated\n        required\n        disbursed\n        shortBy\n        rate\n      }\n      indicators {\n        indicator {\n          key\n          name\n          nameEn\n          unit\n          targetKind\n        }\n        value\n        rolledUp\n        unitsReporting\n        required\n        met\n      }\n    }\n  }\n": typeof types.ReportMonthlyDocument,
    "\n  mutation ReportSave(\n    $unitCode: String!\n    $year: Int!\n    $month: Int!\n    $version: Int!\n    $difficulties: String\n    $proposals: String\n  ) {\n    saveMonthlyReport(\n      unitCode: $unitCode\n      year: $year\n      month: $month\n      version: $version\n      difficulties: $difficulties\n      proposals: $proposals\n    ) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.ReportSaveDocument,
    "\n  mutation ReportSubmit($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    submitMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.ReportSubmitDocument,
    "\n  mutation ReportApprove($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    approveMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.ReportApproveDocument,
    "\n  mutation ReportReturn($unitCode: String!, $year: Int!, $month: Int!, $version: Int!, $note: String!) {\n    returnMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version, note: $note) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.ReportReturnDocument,
    "\n  mutation ReportReopen($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    reopenMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n": typeof types.ReportReopenDocument,
    "\n  query ReportWorkbook($year: Int!, $month: Int!) {\n    monthlyReportWorkbook(year: $year, month: $month) {\n      fileName\n      content\n      districts\n    }\n  }\n": typeof types.ReportWorkbookDocument,
    "\n  fragment UnitSubmissionFields on UnitSubmissionView {\n    unit {\n      code\n      name\n    }\n    year\n    status\n    version\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    note\n    locked\n    canSubmit\n    canDecide\n  }\n": typeof types.UnitSubmissionFieldsFragmentDoc,
    "\n  query UnitSubmission($unitCode: String!, $year: Int!) {\n    unitSubmission(unitCode: $unitCode, year: $year) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.UnitSubmissionDocument,
    "\n  mutation SubmitUnitData($unitCode: String!, $year: Int!, $version: Int!) {\n    submitUnitData(unitCode: $unitCode, year: $year, version: $version) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.SubmitUnitDataDocument,
    "\n  mutation ApproveUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    approveUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.ApproveUnitDataDocument,
    "\n  mutation ReturnUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String!) {\n    returnUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.ReturnUnitDataDocument,
    "\n  mutation ReopenUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    reopenUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": typeof types.ReopenUnitDataDocument,
    "\n  fragment TargetRow on Target {\n    id\n    level\n    year\n    kind\n    section\n    planName\n    note\n    satisfactionPercent\n    version\n    dossierStatus\n    steps {\n      step\n      date\n      decision\n      note\n    }\n    unit {\n      code\n      name\n      level\n      mountainous\n      ancestors {\n        code\n        name\n        level\n      }\n    }\n  }\n": typeof types.TargetRowFragmentDoc,
    "\n  query TargetList(\n    $level: TargetLevel\n    $year: Int\n    $kind: TargetKind\n    $unitCode: String\n    $unitLevel: AdminLevel!\n    $first: Int!\n    $after: String\n  ) {\n    targets(\n      level: $level\n      year: $year\n      kind: $kind\n      unitCode: $unitCode\n      unitLevel: $unitLevel\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        ...TargetRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TargetListDocument,
    "\n  query TargetCounts($year: Int, $unitCode: String, $unitLevel: AdminLevel!) {\n    NTM: targets(level: NTM, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    ADVANCED: targets(level: ADVANCED, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    MODEL: targets(level: MODEL, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    MODEL_VILLAGE: targets(level: MODEL_VILLAGE, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    TASK_COMPLETED: targets(level: TASK_COMPLETED, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.TargetCountsDocument,
    "\n  query DossierList(\n    $status: DossierStatus\n    $asOf: Date\n    $level: TargetLevel\n    $year: Int\n    $unitCode: String\n    $unitLevel: AdminLevel!\n    $first: Int!\n    $after: String\n  ) {\n    dossiers(\n      status: $status\n      asOf: $asOf\n      level: $level\n      year: $year\n      unitCode: $unitCode\n      unitLevel: $unitLevel\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        ...TargetRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DossierListDocument,
    "\n  mutation SaveTargets($rows: [TargetRowInput!]!) {\n    saveTargets(rows: $rows) {\n      created\n      updated\n      deleted\n      unchanged\n      targets {\n        ...TargetRow\n      }\n    }\n  }\n": typeof types.SaveTargetsDocument,
    "\n  mutation SaveDossiers($rows: [DossierRowInput!]!) {\n    saveDossiers(rows: $rows) {\n      ...TargetRow\n    }\n  }\n": typeof types.SaveDossiersDocument,
    "\n  query NtmPlan {\n    plan {\n      code\n      name\n      decision\n      startYear\n      endYear\n      minSatisfactionPercent\n      goals {\n        key\n        kind\n        unitLevel\n        levels\n        threshold\n        thresholdMax\n        sharePercent\n        denominator\n        mountainousOnly\n        description\n        section\n      }\n    }\n  }\n": typeof types.NtmPlanDocument,
    "\n  query NtmUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      nodes {\n        code\n        name\n        shortName\n        level\n        mountainous\n        childCount\n        parent {\n          code\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NtmUnitsDocument,
    "\n  query ModelVillageRecognitions($holdingOn: Date, $unitCode: String, $first: Int!, $after: String) {\n    recognitions(level: MODEL_VILLAGE, holdingOn: $holdingOn, unitCode: $unitCode, first: $first, after: $after) {\n      nodes {\n        id\n        unit {\n          code\n          ancestors {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ModelVillageRecognitionsDocument,
    "\n  fragment UserRow on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...UserRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($username: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(username: $username, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
};
const documents: Documents = {
    "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    action\n    entity\n    key\n    field\n    oldValue\n    newValue\n    requestId\n  }\n": types.AuditEntryRowFragmentDoc,
    "\n  query RecordHistory($entity: String!, $key: String!, $field: String, $first: Int, $after: String) {\n    recordHistory(entity: $entity, key: $key, field: $field, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AuditEntryRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  fragment SessionUser on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUser\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment CriterionFields on Criterion {\n    id\n    code\n    parentCode\n    name\n  }\n": types.CriterionFieldsFragmentDoc,
    "\n  fragment CriteriaMatrixRowFields on CriteriaMatrixRow {\n    unit {\n      code\n      name\n      shortName\n    }\n    cells {\n      code\n      met\n      value\n      note\n      version\n    }\n    metCount\n    editable\n  }\n": types.CriteriaMatrixRowFieldsFragmentDoc,
    "\n  query CriteriaDistricts($first: Int) {\n    adminUnits(level: DISTRICT, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": types.CriteriaDistrictsDocument,
    "\n  query CriteriaMatrix($parentCode: String!, $year: Int!, $setKey: String) {\n    criteriaMatrix(parentCode: $parentCode, year: $year, setKey: $setKey) {\n      set {\n        key\n        name\n        decision\n      }\n      year\n      criteria {\n        ...CriterionFields\n      }\n      rows {\n        ...CriteriaMatrixRowFields\n      }\n    }\n  }\n": types.CriteriaMatrixDocument,
    "\n  mutation SaveEvaluations($rows: [EvaluationRowInput!]!) {\n    saveEvaluations(rows: $rows) {\n      rows {\n        ...CriteriaMatrixRowFields\n      }\n      created\n      updated\n      deleted\n      unchanged\n      changed\n    }\n  }\n": types.SaveEvaluationsDocument,
    "\n  query CommuneScorecard($code: String!, $year: Int!) {\n    communeScorecard(code: $code, year: $year) {\n      unit {\n        code\n        name\n      }\n      year\n      set {\n        key\n        name\n      }\n      criteriaCount\n      metCount\n      met\n      missing {\n        code\n        name\n      }\n      qualifiesFor\n      recognisedLevel\n      targets {\n        id\n        level\n        year\n        kind\n        dossierStatus\n      }\n    }\n  }\n": types.CommuneScorecardDocument,
    "\n  query CatalogueDiff($catalogue: String!) {\n    catalogueDiff(catalogue: $catalogue) {\n      date\n      provinces\n      districts\n      communes\n      needsSuccessor\n      changes {\n        kind\n        level\n        code\n        oldName\n        name\n        type\n        oldParentCode\n        parentCode\n        successorCode\n        reason\n        candidates\n      }\n    }\n  }\n": types.CatalogueDiffDocument,
    "\n  query UnitNames($level: AdminLevel!, $first: Int!) {\n    adminUnits(level: $level, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": types.UnitNamesDocument,
    "\n  fragment HierarchyEffectFields on HierarchyEffect {\n    action\n    unitCode\n    toCode\n    entity\n    count\n    amount\n  }\n": types.HierarchyEffectFieldsFragmentDoc,
    "\n  fragment HierarchyChangeFields on HierarchyChange {\n    id\n    decision\n    effectiveOn\n    status\n    appliedAt\n    appliedBy\n    revertedAt\n    revertedBy\n    version\n    items {\n      kind\n      level\n      code\n      oldName\n      name\n      oldParentCode\n      parentCode\n      successorCode\n    }\n  }\n": types.HierarchyChangeFieldsFragmentDoc,
    "\n  query PreviewHierarchyChange($input: HierarchyChangeInput!) {\n    previewHierarchyChange(input: $input) {\n      ...HierarchyEffectFields\n    }\n  }\n": types.PreviewHierarchyChangeDocument,
    "\n  mutation ApplyHierarchyChange($input: HierarchyChangeInput!) {\n    applyHierarchyChange(input: $input) {\n      changed\n      change {\n        ...HierarchyChangeFields\n      }\n      effects {\n        ...HierarchyEffectFields\n      }\n    }\n  }\n": types.ApplyHierarchyChangeDocument,
    "\n  mutation RevertHierarchyChange($id: ID!, $version: Int!) {\n    revertHierarchyChange(id: $id, version: $version) {\n      ...HierarchyChangeFields\n    }\n  }\n": types.RevertHierarchyChangeDocument,
    "\n  query HierarchyChanges($first: Int!) {\n    hierarchyChanges(first: $first) {\n      ...HierarchyChangeFields\n    }\n  }\n": types.HierarchyChangesDocument,
    "\n  query UnitHistory($code: String!) {\n    unitHistory(code: $code) {\n      unit {\n        code\n        name\n        level\n        validFrom\n        validTo\n      }\n      states {\n        validFrom\n        validTo\n        name\n        type\n        parent {\n          code\n          name\n        }\n      }\n      predecessors {\n        on\n        unit {\n          code\n          name\n        }\n      }\n      successor {\n        on\n        unit {\n          code\n          name\n        }\n      }\n      changes {\n        change {\n          id\n          decision\n          effectiveOn\n          status\n        }\n        item {\n          kind\n          code\n          oldName\n          name\n          successorCode\n        }\n      }\n    }\n  }\n": types.UnitHistoryDocument,
    "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n    editable\n    ancestors {\n      code\n      name\n      level\n    }\n  }\n": types.AdminUnitRowFragmentDoc,
    "\n  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String, $withCount: Boolean!) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      totalCount @include(if: $withCount)\n      nodes {\n        ...AdminUnitRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.HierarchyUnitsDocument,
    "\n  query HierarchyUnit($code: String!) {\n    adminUnit(code: $code) {\n      ...AdminUnitRow\n    }\n  }\n": types.HierarchyUnitDocument,
    "\n  mutation SaveAdminUnits($rows: [AdminUnitRowInput!]!) {\n    saveAdminUnits(rows: $rows) {\n      created\n      updated\n      unchanged\n      units {\n        ...AdminUnitRow\n      }\n    }\n  }\n": types.SaveAdminUnitsDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n": types.CreateVillageDocument,
    "\n  fragment ImportPreviewFields on ImportPreview {\n    fileName\n    sheets\n    sheet\n    headerRow\n    columns {\n      column\n      header\n      field\n      samples\n    }\n    fields {\n      key\n      label\n      labelEn\n      required\n      description\n    }\n    summary {\n      total\n      created\n      updated\n      unchanged\n      refused\n    }\n    rows {\n      row\n      action\n      key\n      label\n      values\n      changes {\n        field\n        oldValue\n        newValue\n      }\n      issues {\n        field\n        code\n        rule\n        params\n        message\n      }\n      candidates {\n        code\n        name\n        parentName\n      }\n    }\n    committed\n  }\n": types.ImportPreviewFieldsFragmentDoc,
    "\n  query PreviewImport($input: ImportInput!) {\n    previewImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": types.PreviewImportDocument,
    "\n  mutation CommitImport($input: ImportInput!) {\n    commitImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n": types.CommitImportDocument,
    "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      id\n      phase\n      done\n      total\n    }\n  }\n": types.ImportProgressDocument,
    "\n  fragment IndIndicator on Indicator {\n    id\n    key\n    name\n    nameEn\n    unit\n    level\n    rollUp\n    weightKey\n    direction\n    targetKind\n    targetValue\n    targetValueMax\n    targetYear\n    baselineYear\n    derived\n    description\n    section\n    sortOrder\n  }\n": types.IndIndicatorFragmentDoc,
    "\n  fragment IndMatrixRow on IndicatorMatrixRow {\n    unit {\n      code\n      name\n      level\n    }\n    editable\n    cells {\n      key\n      month\n      value\n      note\n      version\n    }\n  }\n": types.IndMatrixRowFragmentDoc,
    "\n  query IndUnits($level: AdminLevel, $parentCode: String, $first: Int!) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first) {\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.IndUnitsDocument,
    "\n  query IndMatrix($parentCode: String!, $year: Int!) {\n    indicatorMatrix(parentCode: $parentCode, year: $year) {\n      year\n      indicators {\n        ...IndIndicator\n      }\n      rows {\n        ...IndMatrixRow\n      }\n    }\n  }\n": types.IndMatrixDocument,
    "\n  mutation IndSaveValues($rows: [IndicatorValueInput!]!) {\n    saveIndicatorValues(rows: $rows) {\n      changed\n      rows {\n        ...IndMatrixRow\n      }\n    }\n  }\n": types.IndSaveValuesDocument,
    "\n  query IndProgress($year: Int!, $unitCode: String) {\n    indicatorProgress(year: $year, unitCode: $unitCode) {\n      indicator {\n        ...IndIndicator\n      }\n      value\n      rolledUp\n      derived\n      unitsReporting\n      baseline\n      previous\n      required\n      met\n      gap\n    }\n  }\n": types.IndProgressDocument,
    "\n  fragment OcopProductRow on OcopProduct {\n    id\n    name\n    producer\n    category\n    stars\n    yearRated\n    isNew\n    flagship\n    version\n    unit {\n      code\n      name\n    }\n  }\n": types.OcopProductRowFragmentDoc,
    "\n  query OcopProducts($filter: OcopFilter, $first: Int!, $after: String) {\n    ocopProducts(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...OcopProductRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OcopProductsDocument,
    "\n  mutation OcopSave($rows: [OcopRowInput!]!) {\n    saveOcopProducts(rows: $rows) {\n      changed\n      products {\n        ...OcopProductRow\n      }\n    }\n  }\n": types.OcopSaveDocument,
    "\n  query OcopSummaryOf($year: Int!, $unitCode: String) {\n    ocopSummary(year: $year, unitCode: $unitCode) {\n      year\n      total\n      byStars {\n        stars\n        count\n      }\n      newProducts\n      upgraded\n      flagships\n      flagshipsFiveStar\n    }\n  }\n": types.OcopSummaryOfDocument,
    "\n  fragment GoodModelRow on GoodModel {\n    id\n    name\n    field\n    year\n    replicatedFromId\n    note\n    version\n    unit {\n      code\n      name\n    }\n  }\n": types.GoodModelRowFragmentDoc,
    "\n  query GoodModels($filter: ModelFilter, $first: Int!, $after: String) {\n    models(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...GoodModelRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GoodModelsDocument,
    "\n  mutation GoodModelsSave($rows: [ModelRowInput!]!) {\n    saveModels(rows: $rows) {\n      changed\n      models {\n        ...GoodModelRow\n      }\n    }\n  }\n": types.GoodModelsSaveDocument,
    "\n  query ModelCoverageOf($year: Int!) {\n    modelCoverage(year: $year) {\n      year\n      communesUnder {\n        unit {\n          code\n          name\n        }\n        count\n        required\n      }\n      districtsUnder {\n        unit {\n          code\n          name\n        }\n        count\n        required\n      }\n      districtsWithoutTourism {\n        code\n        name\n      }\n    }\n  }\n": types.ModelCoverageOfDocument,
    "\n  fragment MoneyUnit on AdminUnit {\n    code\n    name\n    level\n    editable\n  }\n": types.MoneyUnitFragmentDoc,
    "\n  query MoneyUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      nodes {\n        ...MoneyUnit\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MoneyUnitsDocument,
    "\n  query MoneyUnitOne($code: String!) {\n    adminUnit(code: $code) {\n      ...MoneyUnit\n    }\n  }\n": types.MoneyUnitOneDocument,
    "\n  fragment AllocationRow on Allocation {\n    id\n    year\n    source\n    capitalType\n    amount\n    note\n    version\n    unit {\n      code\n    }\n  }\n": types.AllocationRowFragmentDoc,
    "\n  query MoneyAllocations($year: Int, $unitCode: String, $projects: Boolean, $first: Int!, $after: String) {\n    allocations(year: $year, unitCode: $unitCode, projects: $projects, first: $first, after: $after) {\n      nodes {\n        ...AllocationRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MoneyAllocationsDocument,
    "\n  mutation MoneySaveAllocations($rows: [AllocationRowInput!]!) {\n    saveAllocations(rows: $rows) {\n      changed\n      allocations {\n        ...AllocationRow\n      }\n    }\n  }\n": types.MoneySaveAllocationsDocument,
    "\n  fragment CheckpointFields on Checkpoint {\n    id\n    dueDate\n    minSharePermille\n    capitalYearFrom\n    capitalYearTo\n    note\n  }\n": types.CheckpointFieldsFragmentDoc,
    "\n  query MoneyCheckpoints {\n    checkpoints {\n      ...CheckpointFields\n    }\n  }\n": types.MoneyCheckpointsDocument,
    "\n  query MoneyBudgetSummary($year: Int, $unitCode: String, $asOf: Date) {\n    budgetSummary(year: $year, unitCode: $unitCode, asOf: $asOf) {\n      asOf\n      allocated\n      allocatedBelow\n      disbursed\n      rate\n      unit {\n        code\n        name\n      }\n      bySource {\n        source\n        allocated\n        disbursed\n        rate\n      }\n      byChild {\n        unit {\n          code\n          name\n        }\n        allocated\n        disbursed\n        rate\n      }\n    }\n  }\n": types.MoneyBudgetSummaryDocument,
    "\n  query MoneyCheckpointStatus($asOf: Date!, $unitCode: String) {\n    checkpointStatus(asOf: $asOf, unitCode: $unitCode) {\n      checkpoint {\n        ...CheckpointFields\n      }\n      state\n      allocated\n      required\n      disbursed\n      shortBy\n      rate\n    }\n  }\n": types.MoneyCheckpointStatusDocument,
    "\n  fragment ProjectRow on Project {\n    id\n    code\n    name\n    kind\n    unit {\n      code\n      name\n      editable\n    }\n    capitalAllocatedOn\n    contractorChosenOn\n    startedOn\n    completedOn\n    acceptedOn\n    settlementApprovedOn\n    stoppedOn\n    note\n    version\n    allocated(year: $year)\n    disbursed(asOf: $asOf, year: $year)\n    rate(asOf: $asOf, year: $year)\n    status\n    checkpoints(asOf: $asOf) {\n      checkpoint {\n        dueDate\n        minSharePermille\n      }\n      state\n      required\n      disbursed\n      shortBy\n    }\n    localDebt(asOf: $asOf)\n    treasuryRoom\n  }\n": types.ProjectRowFragmentDoc,
    "\n  query MoneyProjects($filter: ProjectFilter, $first: Int!, $after: String, $asOf: Date, $year: Int) {\n    projects(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ProjectRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MoneyProjectsDocument,
    "\n  query MoneyProject($code: String!, $asOf: Date, $year: Int) {\n    project(code: $code) {\n      ...ProjectRow\n    }\n  }\n": types.MoneyProjectDocument,
    "\n  mutation MoneySaveProjects($rows: [ProjectRowInput!]!, $asOf: Date, $year: Int) {\n    saveProjects(rows: $rows) {\n      changed\n      projects {\n        ...ProjectRow\n      }\n    }\n  }\n": types.MoneySaveProjectsDocument,
    "\n  fragment DisbursementRow on Disbursement {\n    id\n    source\n    capitalYear\n    date\n    amount\n    note\n    version\n  }\n": types.DisbursementRowFragmentDoc,
    "\n  query MoneyDisbursements($projectCode: String!) {\n    disbursements(projectCode: $projectCode) {\n      ...DisbursementRow\n    }\n  }\n": types.MoneyDisbursementsDocument,
    "\n  mutation MoneySaveDisbursements($rows: [DisbursementRowInput!]!) {\n    saveDisbursements(rows: $rows) {\n      changed\n      disbursements {\n        ...DisbursementRow\n      }\n    }\n  }\n": types.MoneySaveDisbursementsDocument,
    "\n  fragment ReallocationRow on Reallocation {\n    id\n    source\n    capitalYear\n    capitalType\n    amount\n    reason\n    status\n    reportedOn\n    doneOn\n    version\n  }\n": types.ReallocationRowFragmentDoc,
    "\n  query MoneyWatch($year: Int!, $asOf: Date!) {\n    reallocations(year: $year) {\n      ...ReallocationRow\n    }\n    reallocationCandidates(year: $year) {\n      project {\n        code\n        name\n        unit {\n          code\n          name\n        }\n      }\n      amount\n    }\n    localDebtProjects(asOf: $asOf) {\n      project {\n        code\n        name\n        capitalAllocatedOn\n        unit {\n          code\n          name\n        }\n      }\n      debtFrom\n      amount\n    }\n    supportShortfalls(year: $year) {\n      normKey\n      description\n      unit {\n        code\n        name\n      }\n      required\n      allocated\n      shortBy\n    }\n  }\n": types.MoneyWatchDocument,
    "\n  query MoneyReallocations($year: Int) {\n    reallocations(year: $year) {\n      ...ReallocationRow\n    }\n  }\n": types.MoneyReallocationsDocument,
    "\n  mutation MoneySaveReallocations($rows: [ReallocationRowInput!]!) {\n    saveReallocations(rows: $rows) {\n      changed\n      reallocations {\n        ...ReallocationRow\n      }\n    }\n  }\n": types.MoneySaveReallocationsDocument,
    "\n  query PlanProgress($asOf: Date) {\n    planProgress(asOf: $asOf) {\n      asOf\n      plan {\n        code\n        name\n        decision\n        goals {\n          key\n          threshold\n          thresholdMax\n          sharePercent\n          mountainousOnly\n        }\n      }\n      goals {\n        key\n        kind\n        levels\n        unitLevel\n        description\n        section\n        goal\n        goalMax\n        denominator\n        unitsCounted\n        achieved\n        inPipeline\n        gap\n        met\n        byDistrict {\n          district {\n            code\n            name\n          }\n          achieved\n          inPipeline\n          targets\n          unitsCounted\n        }\n      }\n    }\n    districtsWithoutNtmCommune(asOf: $asOf) {\n      code\n      name\n    }\n  }\n": types.PlanProgressDocument,
    "\n  query DeadlineList($asOf: Date!, $within: Int!, $unitCode: String, $all: Boolean!) {\n    deadlines(asOf: $asOf, within: $within, unitCode: $unitCode, all: $all) {\n      step\n      dueDate\n      doneOn\n      state\n      daysLeft\n      note\n      target {\n        id\n        level\n        year\n        kind\n        unit {\n          code\n          name\n          level\n          ancestors {\n            code\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n": types.DeadlineListDocument,
    "\n  fragment MonthlyReportFields on MonthlyReport {\n    unit {\n      code\n      name\n    }\n    year\n    month\n    asOf\n    status\n    difficulties\n    proposals\n    note\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    version\n    canEdit\n    canSubmit\n    canDecide\n  }\n": types.MonthlyReportFieldsFragmentDoc,
    "\n  query ReportDistricts($first: Int!) {\n    adminUnits(level: DISTRICT, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n": types.ReportDistrictsDocument,
    "\n  query ReportMonthly($unitCode: String!, $year: Int!, $month: Int!, $asOf: Date!) {\n    monthlyReport(unitCode: $unitCode, year: $year, month: $month) {\n      ...MonthlyReportFields\n      targets {\n        id\n        level\n        year\n        kind\n        dossierStatus(asOf: $asOf)\n        unit {\n          code\n          name\n        }\n      }\n      budget {\n        allocated\n        disbursed\n        rate\n      }\n      checkpoints {\n        checkpoint {\n          id\n          dueDate\n          minSharePermille\n        }\n        state\n        allocated\n        required\n        disbursed\n        shortBy\n        rate\n      }\n      indicators {\n        indicator {\n          key\n          name\n          nameEn\n          unit\n          targetKind\n        }\n        value\n        rolledUp\n        unitsReporting\n        required\n        met\n      }\n    }\n  }\n": types.ReportMonthlyDocument,
    "\n  mutation ReportSave(\n    $unitCode: String!\n    $year: Int!\n    $month: Int!\n    $version: Int!\n    $difficulties: String\n    $proposals: String\n  ) {\n    saveMonthlyReport(\n      unitCode: $unitCode\n      year: $year\n      month: $month\n      version: $version\n      difficulties: $difficulties\n      proposals: $proposals\n    ) {\n      ...MonthlyReportFields\n    }\n  }\n": types.ReportSaveDocument,
    "\n  mutation ReportSubmit($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    submitMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n": types.ReportSubmitDocument,
    "\n  mutation ReportApprove($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    approveMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n": types.ReportApproveDocument,
    "\n  mutation ReportReturn($unitCode: String!, $year: Int!, $month: Int!, $version: Int!, $note: String!) {\n    returnMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version, note: $note) {\n      ...MonthlyReportFields\n    }\n  }\n": types.ReportReturnDocument,
    "\n  mutation ReportReopen($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    reopenMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n": types.ReportReopenDocument,
    "\n  query ReportWorkbook($year: Int!, $month: Int!) {\n    monthlyReportWorkbook(year: $year, month: $month) {\n      fileName\n      content\n      districts\n    }\n  }\n": types.ReportWorkbookDocument,
    "\n  fragment UnitSubmissionFields on UnitSubmissionView {\n    unit {\n      code\n      name\n    }\n    year\n    status\n    version\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    note\n    locked\n    canSubmit\n    canDecide\n  }\n": types.UnitSubmissionFieldsFragmentDoc,
    "\n  query UnitSubmission($unitCode: String!, $year: Int!) {\n    unitSubmission(unitCode: $unitCode, year: $year) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.UnitSubmissionDocument,
    "\n  mutation SubmitUnitData($unitCode: String!, $year: Int!, $version: Int!) {\n    submitUnitData(unitCode: $unitCode, year: $year, version: $version) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.SubmitUnitDataDocument,
    "\n  mutation ApproveUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    approveUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.ApproveUnitDataDocument,
    "\n  mutation ReturnUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String!) {\n    returnUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.ReturnUnitDataDocument,
    "\n  mutation ReopenUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    reopenUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n": types.ReopenUnitDataDocument,
    "\n  fragment TargetRow on Target {\n    id\n    level\n    year\n    kind\n    section\n    planName\n    note\n    satisfactionPercent\n    version\n    dossierStatus\n    steps {\n      step\n      date\n      decision\n      note\n    }\n    unit {\n      code\n      name\n      level\n      mountainous\n      ancestors {\n        code\n        name\n        level\n      }\n    }\n  }\n": types.TargetRowFragmentDoc,
    "\n  query TargetList(\n    $level: TargetLevel\n    $year: Int\n    $kind: TargetKind\n    $unitCode: String\n    $unitLevel: AdminLevel!\n    $first: Int!\n    $after: String\n  ) {\n    targets(\n      level: $level\n      year: $year\n      kind: $kind\n      unitCode: $unitCode\n      unitLevel: $unitLevel\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        ...TargetRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TargetListDocument,
    "\n  query TargetCounts($year: Int, $unitCode: String, $unitLevel: AdminLevel!) {\n    NTM: targets(level: NTM, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    ADVANCED: targets(level: ADVANCED, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    MODEL: targets(level: MODEL, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    MODEL_VILLAGE: targets(level: MODEL_VILLAGE, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    TASK_COMPLETED: targets(level: TASK_COMPLETED, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n  }\n": types.TargetCountsDocument,
    "\n  query DossierList(\n    $status: DossierStatus\n    $asOf: Date\n    $level: TargetLevel\n    $year: Int\n    $unitCode: String\n    $unitLevel: AdminLevel!\n    $first: Int!\n    $after: String\n  ) {\n    dossiers(\n      status: $status\n      asOf: $asOf\n      level: $level\n      year: $year\n      unitCode: $unitCode\n      unitLevel: $unitLevel\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        ...TargetRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DossierListDocument,
    "\n  mutation SaveTargets($rows: [TargetRowInput!]!) {\n    saveTargets(rows: $rows) {\n      created\n      updated\n      deleted\n      unchanged\n      targets {\n        ...TargetRow\n      }\n    }\n  }\n": types.SaveTargetsDocument,
    "\n  mutation SaveDossiers($rows: [DossierRowInput!]!) {\n    saveDossiers(rows: $rows) {\n      ...TargetRow\n    }\n  }\n": types.SaveDossiersDocument,
    "\n  query NtmPlan {\n    plan {\n      code\n      name\n      decision\n      startYear\n      endYear\n      minSatisfactionPercent\n      goals {\n        key\n        kind\n        unitLevel\n        levels\n        threshold\n        thresholdMax\n        sharePercent\n        denominator\n        mountainousOnly\n        description\n        section\n      }\n    }\n  }\n": types.NtmPlanDocument,
    "\n  query NtmUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      nodes {\n        code\n        name\n        shortName\n        level\n        mountainous\n        childCount\n        parent {\n          code\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NtmUnitsDocument,
    "\n  query ModelVillageRecognitions($holdingOn: Date, $unitCode: String, $first: Int!, $after: String) {\n    recognitions(level: MODEL_VILLAGE, holdingOn: $holdingOn, unitCode: $unitCode, first: $first, after: $after) {\n      nodes {\n        id\n        unit {\n          code\n          ancestors {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ModelVillageRecognitionsDocument,
    "\n  fragment UserRow on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...UserRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($username: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(username: $username, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryRow on AuditEntry {\n    id\n    at\n    actor\n    action\n    entity\n    key\n    field\n    oldValue\n    newValue\n    requestId\n  }\n"): typeof import('./graphql').AuditEntryRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($entity: String!, $key: String!, $field: String, $first: Int, $after: String) {\n    recordHistory(entity: $entity, key: $key, field: $field, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...AuditEntryRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').RecordHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SessionUserFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriterionFields on Criterion {\n    id\n    code\n    parentCode\n    name\n  }\n"): typeof import('./graphql').CriterionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriteriaMatrixRowFields on CriteriaMatrixRow {\n    unit {\n      code\n      name\n      shortName\n    }\n    cells {\n      code\n      met\n      value\n      note\n      version\n    }\n    metCount\n    editable\n  }\n"): typeof import('./graphql').CriteriaMatrixRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriteriaDistricts($first: Int) {\n    adminUnits(level: DISTRICT, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CriteriaDistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CriteriaMatrix($parentCode: String!, $year: Int!, $setKey: String) {\n    criteriaMatrix(parentCode: $parentCode, year: $year, setKey: $setKey) {\n      set {\n        key\n        name\n        decision\n      }\n      year\n      criteria {\n        ...CriterionFields\n      }\n      rows {\n        ...CriteriaMatrixRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').CriteriaMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEvaluations($rows: [EvaluationRowInput!]!) {\n    saveEvaluations(rows: $rows) {\n      rows {\n        ...CriteriaMatrixRowFields\n      }\n      created\n      updated\n      deleted\n      unchanged\n      changed\n    }\n  }\n"): typeof import('./graphql').SaveEvaluationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneScorecard($code: String!, $year: Int!) {\n    communeScorecard(code: $code, year: $year) {\n      unit {\n        code\n        name\n      }\n      year\n      set {\n        key\n        name\n      }\n      criteriaCount\n      metCount\n      met\n      missing {\n        code\n        name\n      }\n      qualifiesFor\n      recognisedLevel\n      targets {\n        id\n        level\n        year\n        kind\n        dossierStatus\n      }\n    }\n  }\n"): typeof import('./graphql').CommuneScorecardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueDiff($catalogue: String!) {\n    catalogueDiff(catalogue: $catalogue) {\n      date\n      provinces\n      districts\n      communes\n      needsSuccessor\n      changes {\n        kind\n        level\n        code\n        oldName\n        name\n        type\n        oldParentCode\n        parentCode\n        successorCode\n        reason\n        candidates\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitNames($level: AdminLevel!, $first: Int!) {\n    adminUnits(level: $level, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UnitNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HierarchyEffectFields on HierarchyEffect {\n    action\n    unitCode\n    toCode\n    entity\n    count\n    amount\n  }\n"): typeof import('./graphql').HierarchyEffectFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HierarchyChangeFields on HierarchyChange {\n    id\n    decision\n    effectiveOn\n    status\n    appliedAt\n    appliedBy\n    revertedAt\n    revertedBy\n    version\n    items {\n      kind\n      level\n      code\n      oldName\n      name\n      oldParentCode\n      parentCode\n      successorCode\n    }\n  }\n"): typeof import('./graphql').HierarchyChangeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewHierarchyChange($input: HierarchyChangeInput!) {\n    previewHierarchyChange(input: $input) {\n      ...HierarchyEffectFields\n    }\n  }\n"): typeof import('./graphql').PreviewHierarchyChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyHierarchyChange($input: HierarchyChangeInput!) {\n    applyHierarchyChange(input: $input) {\n      changed\n      change {\n        ...HierarchyChangeFields\n      }\n      effects {\n        ...HierarchyEffectFields\n      }\n    }\n  }\n"): typeof import('./graphql').ApplyHierarchyChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertHierarchyChange($id: ID!, $version: Int!) {\n    revertHierarchyChange(id: $id, version: $version) {\n      ...HierarchyChangeFields\n    }\n  }\n"): typeof import('./graphql').RevertHierarchyChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HierarchyChanges($first: Int!) {\n    hierarchyChanges(first: $first) {\n      ...HierarchyChangeFields\n    }\n  }\n"): typeof import('./graphql').HierarchyChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitHistory($code: String!) {\n    unitHistory(code: $code) {\n      unit {\n        code\n        name\n        level\n        validFrom\n        validTo\n      }\n      states {\n        validFrom\n        validTo\n        name\n        type\n        parent {\n          code\n          name\n        }\n      }\n      predecessors {\n        on\n        unit {\n          code\n          name\n        }\n      }\n      successor {\n        on\n        unit {\n          code\n          name\n        }\n      }\n      changes {\n        change {\n          id\n          decision\n          effectiveOn\n          status\n        }\n        item {\n          kind\n          code\n          oldName\n          name\n          successorCode\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUnitRow on AdminUnit {\n    code\n    name\n    shortName\n    type\n    typeName\n    level\n    mountainous\n    validFrom\n    validTo\n    version\n    childCount\n    editable\n    ancestors {\n      code\n      name\n      level\n    }\n  }\n"): typeof import('./graphql').AdminUnitRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HierarchyUnits($level: AdminLevel, $parentCode: String, $first: Int, $after: String, $withCount: Boolean!) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      totalCount @include(if: $withCount)\n      nodes {\n        ...AdminUnitRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').HierarchyUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HierarchyUnit($code: String!) {\n    adminUnit(code: $code) {\n      ...AdminUnitRow\n    }\n  }\n"): typeof import('./graphql').HierarchyUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAdminUnits($rows: [AdminUnitRowInput!]!) {\n    saveAdminUnits(rows: $rows) {\n      created\n      updated\n      unchanged\n      units {\n        ...AdminUnitRow\n      }\n    }\n  }\n"): typeof import('./graphql').SaveAdminUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...AdminUnitRow\n    }\n  }\n"): typeof import('./graphql').CreateVillageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportPreviewFields on ImportPreview {\n    fileName\n    sheets\n    sheet\n    headerRow\n    columns {\n      column\n      header\n      field\n      samples\n    }\n    fields {\n      key\n      label\n      labelEn\n      required\n      description\n    }\n    summary {\n      total\n      created\n      updated\n      unchanged\n      refused\n    }\n    rows {\n      row\n      action\n      key\n      label\n      values\n      changes {\n        field\n        oldValue\n        newValue\n      }\n      issues {\n        field\n        code\n        rule\n        params\n        message\n      }\n      candidates {\n        code\n        name\n        parentName\n      }\n    }\n    committed\n  }\n"): typeof import('./graphql').ImportPreviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewImport($input: ImportInput!) {\n    previewImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"): typeof import('./graphql').PreviewImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommitImport($input: ImportInput!) {\n    commitImport(input: $input) {\n      ...ImportPreviewFields\n    }\n  }\n"): typeof import('./graphql').CommitImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportProgress($id: String!) {\n    importProgress(id: $id) {\n      id\n      phase\n      done\n      total\n    }\n  }\n"): typeof import('./graphql').ImportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndIndicator on Indicator {\n    id\n    key\n    name\n    nameEn\n    unit\n    level\n    rollUp\n    weightKey\n    direction\n    targetKind\n    targetValue\n    targetValueMax\n    targetYear\n    baselineYear\n    derived\n    description\n    section\n    sortOrder\n  }\n"): typeof import('./graphql').IndIndicatorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndMatrixRow on IndicatorMatrixRow {\n    unit {\n      code\n      name\n      level\n    }\n    editable\n    cells {\n      key\n      month\n      value\n      note\n      version\n    }\n  }\n"): typeof import('./graphql').IndMatrixRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndUnits($level: AdminLevel, $parentCode: String, $first: Int!) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first) {\n      nodes {\n        code\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').IndUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndMatrix($parentCode: String!, $year: Int!) {\n    indicatorMatrix(parentCode: $parentCode, year: $year) {\n      year\n      indicators {\n        ...IndIndicator\n      }\n      rows {\n        ...IndMatrixRow\n      }\n    }\n  }\n"): typeof import('./graphql').IndMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IndSaveValues($rows: [IndicatorValueInput!]!) {\n    saveIndicatorValues(rows: $rows) {\n      changed\n      rows {\n        ...IndMatrixRow\n      }\n    }\n  }\n"): typeof import('./graphql').IndSaveValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndProgress($year: Int!, $unitCode: String) {\n    indicatorProgress(year: $year, unitCode: $unitCode) {\n      indicator {\n        ...IndIndicator\n      }\n      value\n      rolledUp\n      derived\n      unitsReporting\n      baseline\n      previous\n      required\n      met\n      gap\n    }\n  }\n"): typeof import('./graphql').IndProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OcopProductRow on OcopProduct {\n    id\n    name\n    producer\n    category\n    stars\n    yearRated\n    isNew\n    flagship\n    version\n    unit {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').OcopProductRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OcopProducts($filter: OcopFilter, $first: Int!, $after: String) {\n    ocopProducts(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...OcopProductRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OcopProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OcopSave($rows: [OcopRowInput!]!) {\n    saveOcopProducts(rows: $rows) {\n      changed\n      products {\n        ...OcopProductRow\n      }\n    }\n  }\n"): typeof import('./graphql').OcopSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OcopSummaryOf($year: Int!, $unitCode: String) {\n    ocopSummary(year: $year, unitCode: $unitCode) {\n      year\n      total\n      byStars {\n        stars\n        count\n      }\n      newProducts\n      upgraded\n      flagships\n      flagshipsFiveStar\n    }\n  }\n"): typeof import('./graphql').OcopSummaryOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoodModelRow on GoodModel {\n    id\n    name\n    field\n    year\n    replicatedFromId\n    note\n    version\n    unit {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').GoodModelRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoodModels($filter: ModelFilter, $first: Int!, $after: String) {\n    models(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...GoodModelRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').GoodModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GoodModelsSave($rows: [ModelRowInput!]!) {\n    saveModels(rows: $rows) {\n      changed\n      models {\n        ...GoodModelRow\n      }\n    }\n  }\n"): typeof import('./graphql').GoodModelsSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelCoverageOf($year: Int!) {\n    modelCoverage(year: $year) {\n      year\n      communesUnder {\n        unit {\n          code\n          name\n        }\n        count\n        required\n      }\n      districtsUnder {\n        unit {\n          code\n          name\n        }\n        count\n        required\n      }\n      districtsWithoutTourism {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ModelCoverageOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyUnit on AdminUnit {\n    code\n    name\n    level\n    editable\n  }\n"): typeof import('./graphql').MoneyUnitFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      nodes {\n        ...MoneyUnit\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MoneyUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyUnitOne($code: String!) {\n    adminUnit(code: $code) {\n      ...MoneyUnit\n    }\n  }\n"): typeof import('./graphql').MoneyUnitOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AllocationRow on Allocation {\n    id\n    year\n    source\n    capitalType\n    amount\n    note\n    version\n    unit {\n      code\n    }\n  }\n"): typeof import('./graphql').AllocationRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyAllocations($year: Int, $unitCode: String, $projects: Boolean, $first: Int!, $after: String) {\n    allocations(year: $year, unitCode: $unitCode, projects: $projects, first: $first, after: $after) {\n      nodes {\n        ...AllocationRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MoneyAllocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneySaveAllocations($rows: [AllocationRowInput!]!) {\n    saveAllocations(rows: $rows) {\n      changed\n      allocations {\n        ...AllocationRow\n      }\n    }\n  }\n"): typeof import('./graphql').MoneySaveAllocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckpointFields on Checkpoint {\n    id\n    dueDate\n    minSharePermille\n    capitalYearFrom\n    capitalYearTo\n    note\n  }\n"): typeof import('./graphql').CheckpointFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyCheckpoints {\n    checkpoints {\n      ...CheckpointFields\n    }\n  }\n"): typeof import('./graphql').MoneyCheckpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyBudgetSummary($year: Int, $unitCode: String, $asOf: Date) {\n    budgetSummary(year: $year, unitCode: $unitCode, asOf: $asOf) {\n      asOf\n      allocated\n      allocatedBelow\n      disbursed\n      rate\n      unit {\n        code\n        name\n      }\n      bySource {\n        source\n        allocated\n        disbursed\n        rate\n      }\n      byChild {\n        unit {\n          code\n          name\n        }\n        allocated\n        disbursed\n        rate\n      }\n    }\n  }\n"): typeof import('./graphql').MoneyBudgetSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyCheckpointStatus($asOf: Date!, $unitCode: String) {\n    checkpointStatus(asOf: $asOf, unitCode: $unitCode) {\n      checkpoint {\n        ...CheckpointFields\n      }\n      state\n      allocated\n      required\n      disbursed\n      shortBy\n      rate\n    }\n  }\n"): typeof import('./graphql').MoneyCheckpointStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectRow on Project {\n    id\n    code\n    name\n    kind\n    unit {\n      code\n      name\n      editable\n    }\n    capitalAllocatedOn\n    contractorChosenOn\n    startedOn\n    completedOn\n    acceptedOn\n    settlementApprovedOn\n    stoppedOn\n    note\n    version\n    allocated(year: $year)\n    disbursed(asOf: $asOf, year: $year)\n    rate(asOf: $asOf, year: $year)\n    status\n    checkpoints(asOf: $asOf) {\n      checkpoint {\n        dueDate\n        minSharePermille\n      }\n      state\n      required\n      disbursed\n      shortBy\n    }\n    localDebt(asOf: $asOf)\n    treasuryRoom\n  }\n"): typeof import('./graphql').ProjectRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyProjects($filter: ProjectFilter, $first: Int!, $after: String, $asOf: Date, $year: Int) {\n    projects(filter: $filter, first: $first, after: $after) {\n      nodes {\n        ...ProjectRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MoneyProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyProject($code: String!, $asOf: Date, $year: Int) {\n    project(code: $code) {\n      ...ProjectRow\n    }\n  }\n"): typeof import('./graphql').MoneyProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneySaveProjects($rows: [ProjectRowInput!]!, $asOf: Date, $year: Int) {\n    saveProjects(rows: $rows) {\n      changed\n      projects {\n        ...ProjectRow\n      }\n    }\n  }\n"): typeof import('./graphql').MoneySaveProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisbursementRow on Disbursement {\n    id\n    source\n    capitalYear\n    date\n    amount\n    note\n    version\n  }\n"): typeof import('./graphql').DisbursementRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyDisbursements($projectCode: String!) {\n    disbursements(projectCode: $projectCode) {\n      ...DisbursementRow\n    }\n  }\n"): typeof import('./graphql').MoneyDisbursementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneySaveDisbursements($rows: [DisbursementRowInput!]!) {\n    saveDisbursements(rows: $rows) {\n      changed\n      disbursements {\n        ...DisbursementRow\n      }\n    }\n  }\n"): typeof import('./graphql').MoneySaveDisbursementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReallocationRow on Reallocation {\n    id\n    source\n    capitalYear\n    capitalType\n    amount\n    reason\n    status\n    reportedOn\n    doneOn\n    version\n  }\n"): typeof import('./graphql').ReallocationRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyWatch($year: Int!, $asOf: Date!) {\n    reallocations(year: $year) {\n      ...ReallocationRow\n    }\n    reallocationCandidates(year: $year) {\n      project {\n        code\n        name\n        unit {\n          code\n          name\n        }\n      }\n      amount\n    }\n    localDebtProjects(asOf: $asOf) {\n      project {\n        code\n        name\n        capitalAllocatedOn\n        unit {\n          code\n          name\n        }\n      }\n      debtFrom\n      amount\n    }\n    supportShortfalls(year: $year) {\n      normKey\n      description\n      unit {\n        code\n        name\n      }\n      required\n      allocated\n      shortBy\n    }\n  }\n"): typeof import('./graphql').MoneyWatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyReallocations($year: Int) {\n    reallocations(year: $year) {\n      ...ReallocationRow\n    }\n  }\n"): typeof import('./graphql').MoneyReallocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoneySaveReallocations($rows: [ReallocationRowInput!]!) {\n    saveReallocations(rows: $rows) {\n      changed\n      reallocations {\n        ...ReallocationRow\n      }\n    }\n  }\n"): typeof import('./graphql').MoneySaveReallocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanProgress($asOf: Date) {\n    planProgress(asOf: $asOf) {\n      asOf\n      plan {\n        code\n        name\n        decision\n        goals {\n          key\n          threshold\n          thresholdMax\n          sharePercent\n          mountainousOnly\n        }\n      }\n      goals {\n        key\n        kind\n        levels\n        unitLevel\n        description\n        section\n        goal\n        goalMax\n        denominator\n        unitsCounted\n        achieved\n        inPipeline\n        gap\n        met\n        byDistrict {\n          district {\n            code\n            name\n          }\n          achieved\n          inPipeline\n          targets\n          unitsCounted\n        }\n      }\n    }\n    districtsWithoutNtmCommune(asOf: $asOf) {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').PlanProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadlineList($asOf: Date!, $within: Int!, $unitCode: String, $all: Boolean!) {\n    deadlines(asOf: $asOf, within: $within, unitCode: $unitCode, all: $all) {\n      step\n      dueDate\n      doneOn\n      state\n      daysLeft\n      note\n      target {\n        id\n        level\n        year\n        kind\n        unit {\n          code\n          name\n          level\n          ancestors {\n            code\n            name\n            level\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeadlineListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MonthlyReportFields on MonthlyReport {\n    unit {\n      code\n      name\n    }\n    year\n    month\n    asOf\n    status\n    difficulties\n    proposals\n    note\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    version\n    canEdit\n    canSubmit\n    canDecide\n  }\n"): typeof import('./graphql').MonthlyReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDistricts($first: Int!) {\n    adminUnits(level: DISTRICT, first: $first) {\n      nodes {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ReportDistrictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportMonthly($unitCode: String!, $year: Int!, $month: Int!, $asOf: Date!) {\n    monthlyReport(unitCode: $unitCode, year: $year, month: $month) {\n      ...MonthlyReportFields\n      targets {\n        id\n        level\n        year\n        kind\n        dossierStatus(asOf: $asOf)\n        unit {\n          code\n          name\n        }\n      }\n      budget {\n        allocated\n        disbursed\n        rate\n      }\n      checkpoints {\n        checkpoint {\n          id\n          dueDate\n          minSharePermille\n        }\n        state\n        allocated\n        required\n        disbursed\n        shortBy\n        rate\n      }\n      indicators {\n        indicator {\n          key\n          name\n          nameEn\n          unit\n          targetKind\n        }\n        value\n        rolledUp\n        unitsReporting\n        required\n        met\n      }\n    }\n  }\n"): typeof import('./graphql').ReportMonthlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSave(\n    $unitCode: String!\n    $year: Int!\n    $month: Int!\n    $version: Int!\n    $difficulties: String\n    $proposals: String\n  ) {\n    saveMonthlyReport(\n      unitCode: $unitCode\n      year: $year\n      month: $month\n      version: $version\n      difficulties: $difficulties\n      proposals: $proposals\n    ) {\n      ...MonthlyReportFields\n    }\n  }\n"): typeof import('./graphql').ReportSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportSubmit($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    submitMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n"): typeof import('./graphql').ReportSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportApprove($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    approveMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n"): typeof import('./graphql').ReportApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReturn($unitCode: String!, $year: Int!, $month: Int!, $version: Int!, $note: String!) {\n    returnMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version, note: $note) {\n      ...MonthlyReportFields\n    }\n  }\n"): typeof import('./graphql').ReportReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportReopen($unitCode: String!, $year: Int!, $month: Int!, $version: Int!) {\n    reopenMonthlyReport(unitCode: $unitCode, year: $year, month: $month, version: $version) {\n      ...MonthlyReportFields\n    }\n  }\n"): typeof import('./graphql').ReportReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportWorkbook($year: Int!, $month: Int!) {\n    monthlyReportWorkbook(year: $year, month: $month) {\n      fileName\n      content\n      districts\n    }\n  }\n"): typeof import('./graphql').ReportWorkbookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitSubmissionFields on UnitSubmissionView {\n    unit {\n      code\n      name\n    }\n    year\n    status\n    version\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    note\n    locked\n    canSubmit\n    canDecide\n  }\n"): typeof import('./graphql').UnitSubmissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSubmission($unitCode: String!, $year: Int!) {\n    unitSubmission(unitCode: $unitCode, year: $year) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').UnitSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitUnitData($unitCode: String!, $year: Int!, $version: Int!) {\n    submitUnitData(unitCode: $unitCode, year: $year, version: $version) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').SubmitUnitDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    approveUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').ApproveUnitDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String!) {\n    returnUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').ReturnUnitDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenUnitData($unitCode: String!, $year: Int!, $version: Int!, $note: String) {\n    reopenUnitData(unitCode: $unitCode, year: $year, version: $version, note: $note) {\n      ...UnitSubmissionFields\n    }\n  }\n"): typeof import('./graphql').ReopenUnitDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TargetRow on Target {\n    id\n    level\n    year\n    kind\n    section\n    planName\n    note\n    satisfactionPercent\n    version\n    dossierStatus\n    steps {\n      step\n      date\n      decision\n      note\n    }\n    unit {\n      code\n      name\n      level\n      mountainous\n      ancestors {\n        code\n        name\n        level\n      }\n    }\n  }\n"): typeof import('./graphql').TargetRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetList(\n    $level: TargetLevel\n    $year: Int\n    $kind: TargetKind\n    $unitCode: String\n    $unitLevel: AdminLevel!\n    $first: Int!\n    $after: String\n  ) {\n    targets(\n      level: $level\n      year: $year\n      kind: $kind\n      unitCode: $unitCode\n      unitLevel: $unitLevel\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        ...TargetRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').TargetListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetCounts($year: Int, $unitCode: String, $unitLevel: AdminLevel!) {\n    NTM: targets(level: NTM, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    ADVANCED: targets(level: ADVANCED, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    MODEL: targets(level: MODEL, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    MODEL_VILLAGE: targets(level: MODEL_VILLAGE, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n    TASK_COMPLETED: targets(level: TASK_COMPLETED, year: $year, unitCode: $unitCode, unitLevel: $unitLevel, first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').TargetCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DossierList(\n    $status: DossierStatus\n    $asOf: Date\n    $level: TargetLevel\n    $year: Int\n    $unitCode: String\n    $unitLevel: AdminLevel!\n    $first: Int!\n    $after: String\n  ) {\n    dossiers(\n      status: $status\n      asOf: $asOf\n      level: $level\n      year: $year\n      unitCode: $unitCode\n      unitLevel: $unitLevel\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      nodes {\n        ...TargetRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DossierListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTargets($rows: [TargetRowInput!]!) {\n    saveTargets(rows: $rows) {\n      created\n      updated\n      deleted\n      unchanged\n      targets {\n        ...TargetRow\n      }\n    }\n  }\n"): typeof import('./graphql').SaveTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDossiers($rows: [DossierRowInput!]!) {\n    saveDossiers(rows: $rows) {\n      ...TargetRow\n    }\n  }\n"): typeof import('./graphql').SaveDossiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NtmPlan {\n    plan {\n      code\n      name\n      decision\n      startYear\n      endYear\n      minSatisfactionPercent\n      goals {\n        key\n        kind\n        unitLevel\n        levels\n        threshold\n        thresholdMax\n        sharePercent\n        denominator\n        mountainousOnly\n        description\n        section\n      }\n    }\n  }\n"): typeof import('./graphql').NtmPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NtmUnits($level: AdminLevel, $parentCode: String, $first: Int!, $after: String) {\n    adminUnits(level: $level, parentCode: $parentCode, first: $first, after: $after) {\n      nodes {\n        code\n        name\n        shortName\n        level\n        mountainous\n        childCount\n        parent {\n          code\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NtmUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelVillageRecognitions($holdingOn: Date, $unitCode: String, $first: Int!, $after: String) {\n    recognitions(level: MODEL_VILLAGE, holdingOn: $holdingOn, unitCode: $unitCode, first: $first, after: $after) {\n      nodes {\n        id\n        unit {\n          code\n          ancestors {\n            code\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ModelVillageRecognitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    username\n    displayName\n    active\n    version\n    assignments {\n      role\n      unit {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UserRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...UserRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($username: String!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(username: $username, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
