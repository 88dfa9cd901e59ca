import './transport/zod-no-eval'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// (the Ticket screen's styles load first, where its own import used to put them in the cascade)
import './styles/ticket.css'
import { App } from './app/App'
import { chooseTransport } from './transport/choose-transport'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/summary.css'
import './styles/card.css'
import './styles/chip.css'
import './styles/notices.css'
import './styles/toasts.css'
import './styles/health.css'
import './styles/topology.css'
import './styles/collect.css'
import './styles/review.css'
import './styles/report.css'
import './styles/narrow.css'

const transport = chooseTransport()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App transport={transport} />
  </StrictMode>
)
