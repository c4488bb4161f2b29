import { Button, Card, Result } from 'antd'

/** While a screen's data is on its way, or when it could not be read (the error was already shown). */
export function LoadState({ loading, what, onRetry }: { loading: boolean; what: string; onRetry: () => void }) {
  if (loading) return <Card loading />
  return (
    <Result
      status="warning"
      title={`${what}载入失败`}
      extra={
        <Button type="primary" onClick={onRetry}>
          重试
        </Button>
      }
    />
  )
}
