import { z } from 'zod'
import { canceledOr, command, noInput, query, type ContractPart } from './define'
import { printCheckSchema, printDocumentInfoSchema, printJobSchema, printRequestSchema } from '../model/print'

const byJob = z.object({ jobId: z.string().min(1).max(100) })

/**
 * Printing is a job: `print:check` may first say who the request would leave out, `print:render` answers at once with a job, `print:progress` is polled (every
 * ~300 ms) until the state is done / blocked / failed / canceled, then `print:preview` gives the PDF
 * bytes (base64) for the preview, `print:save` asks where to save it, `print:open` hands it to the
 * system PDF viewer to print.
 */
export const printContract = {
  documents: query('可打印的文档目录：每种文档的名称、说明和选项表单', noInput, z.array(printDocumentInfoSchema)),
  /** Gathers without rendering: the dialog shows who would be left out before it renders. */
  check: query('检查一份文档的打印请求（不生成PDF）：文件名，以及所选人员中不印的人和原因', printRequestSchema, printCheckSchema),
  /** Checked against the document's own options schema in main. */
  render: query('开始生成一份PDF（后台线程），立即返回任务', printRequestSchema, printJobSchema),
  progress: query('打印任务的进度和状态', byJob, printJobSchema),
  preview: query('已生成的PDF（base64），供软件内预览', byJob, z.object({ fileName: z.string(), pages: z.number().int(), pdfBase64: z.string() })),
  save: query('把已生成的PDF保存到文件（选择保存位置）', byJob, canceledOr(z.string()), { dialog: 'save' }),
  open: query('把已生成的PDF交给系统的PDF阅读器打开打印', byJob, z.null()),
  cancel: query('取消打印任务', byJob, printJobSchema)
} satisfies ContractPart
