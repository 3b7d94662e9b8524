import { graphql } from '@/gql';

export type {
  ImportAction,
  ImportChoiceInput,
  ImportInput,
  ImportKind,
  ImportMappingInput,
  ImportPhase,
  ImportPreviewFieldsFragment,
  ImportProgressQuery,
} from '@/gql/graphql';

export const ImportPreviewFieldsDoc = graphql(`
  fragment ImportPreviewFields on ImportPreview {
    fileName
    sheets
    sheet
    headerRow
    columns {
      column
      header
      field
      samples
    }
    fields {
      key
      label
      labelEn
      required
      description
    }
    summary {
      total
      created
      updated
      unchanged
      refused
    }
    rows {
      row
      action
      key
      label
      values
      changes {
        field
        oldValue
        newValue
      }
      issues {
        field
        code
        rule
        params
        message
      }
      candidates {
        code
        name
        parentName
      }
    }
    committed
  }
`);

export const PreviewImportDocument = graphql(`
  query PreviewImport($input: ImportInput!) {
    previewImport(input: $input) {
      ...ImportPreviewFields
    }
  }
`);

export const CommitImportDocument = graphql(`
  mutation CommitImport($input: ImportInput!) {
    commitImport(input: $input) {
      ...ImportPreviewFields
    }
  }
`);

export const ImportProgressDocument = graphql(`
  query ImportProgress($id: String!) {
    importProgress(id: $id) {
      id
      phase
      done
      total
    }
  }
`);
