import Link from 'next/link'
import { Breadcrumbs } from '@/shared/ui/breadcrumbs'
import { SITUATIONS_PATH, situationPath } from '../constants'
import type { QuizResult } from '../public/grade-quiz'
import './situations.css'

/** The result of a quiz sent without JavaScript: the score, then each answer and its explanation. */
export function QuizResultPage({ result }: { result: QuizResult }) {
  const back = situationPath(result.slug)
  return (
    <div className="app-situation">
      <Breadcrumbs
        items={[
          { label: 'Tình huống pháp luật', href: SITUATIONS_PATH },
          { label: result.title, href: back },
          { label: 'Kết quả kiểm tra' },
        ]}
      />
      <h1>Kết quả kiểm tra: {result.title}</h1>
      <p className="app-quiz__status" role="status" aria-live="polite">
        Bạn trả lời đúng {result.correct}/{result.total} câu.
      </p>
      {result.questions.map((q, i) => {
        const right = q.options.find((o) => o.isCorrect)
        const chosen = q.options.find((o) => o.id === q.chosen)
        return (
          <section key={q.id} aria-labelledby={`cau-${i + 1}`} className="app-quiz">
            <h2 id={`cau-${i + 1}`}>
              Câu {i + 1}. {q.prompt}
            </h2>
            <p>Bạn chọn: {chosen?.text}</p>
            <div
              className={`app-quiz__feedback ${q.isCorrect ? 'app-quiz__feedback--right' : 'app-quiz__feedback--wrong'}`}
            >
              <p className="app-quiz__mark">{q.isCorrect ? 'Đúng.' : `Chưa đúng. Đáp án đúng: ${right?.text ?? ''}`}</p>
              <p>{q.explanation}</p>
            </div>
          </section>
        )
      })}
      <p className="app-quiz__actions">
        <Link href={`${back}#bai-kiem-tra`}>Làm lại bài kiểm tra</Link>
        <Link href={back}>Đọc lại tình huống</Link>
        <Link href={SITUATIONS_PATH}>Tình huống khác</Link>
      </p>
    </div>
  )
}
